import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAP_MAP, LINE_MAP, writeJson } from '../map-fixtures';
import { runCli, tempDir } from '../run-cli';

const repo = join(__dirname, '..', '..', '..', '..');

describe('relcap map validate', () => {
  it('map validate accepts a valid JSON map and prints a one-line OK summary', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(['map', 'validate', 'kort.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('kort.json: OK (relcap JSON, 3 actors, 2 relations)\n');
    expect(r.stderr).toBe('');
  });

  it('map validate reads a version 1 map and says, on stderr, that it was converted', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', { ...LINE_MAP, schemaVersion: 1, actors: [{ ...LINE_MAP.actors[0], position: { x: 150, y: 0 } }, ...LINE_MAP.actors.slice(1)] });
    const r = await runCli(['map', 'validate', 'kort.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('kort.json: note: read format version 1 and converted it to version 2: 1 saved position(s)');
    expect(r.stderr).toContain('[RELCAP_MAP_MIGRATED]');
    const da = await runCli(['map', 'validate', 'kort.json', '--lang', 'da'], { cwd: dir });
    expect(da.stderr).toContain('kort.json: bemærk: kortet er i formatversion 1');
  });

  it('map validate prints warnings (no coordinator, isolated actor) on stderr without failing', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', GAP_MAP);
    const r = await runCli(['map', 'validate', 'kort.json', '--lang', 'da'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[RELCAP_MAP_NO_COORDINATOR]');
    expect(r.stderr).toContain('kort.json: advarsel: "Tandplejer" har ingen relationer på kortet. [RELCAP_MAP_ISOLATED_ACTOR]');
    expect(r.stdout).toContain('3 aktører, 1 relationer');
  });

  it('map validate lists every problem of a JSON map with its path and exits 1', async () => {
    const dir = tempDir();
    const broken = {
      ...LINE_MAP,
      actors: [{ ...LINE_MAP.actors[0], kind: 'teacher' }, ...LINE_MAP.actors.slice(1)],
      relations: [...LINE_MAP.relations, { id: 'r3', source: 'p', target: 'nobody', directed: false, kind: 'strength', strength: 'strong' }],
    };
    writeJson(dir, 'kort.json', broken);
    const r = await runCli(['map', 'validate', 'kort.json'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.some((l) => l.startsWith('kort.json: at actors[0].kind: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('kort.json: at relations[2].target: '))).toBe(true);
    expect(lines.at(-1)).toBe(`kort.json: ${lines.length - 1} problems`);
    expect(r.stdout).toBe('');
  });

  it('map validate reports a JSON syntax error with its line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'kort.json'), '{\n  "schemaVersion": 1,\n  "title": "x",,\n}');
    const r = await runCli(['map', 'validate', 'kort.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kort\.json:3: column "\d+": .*\[RELCAP_MAP_BAD_JSON\]$/m);
  });

  it('map validate reads GEXF and GraphML, detected from the content, not the file name', async () => {
    const dir = tempDir();
    copyFileSync(join(repo, 'tests/fixtures/maps/gephi-style.gexf'), join(dir, 'a.txt'));
    copyFileSync(join(repo, 'tests/fixtures/maps/networkx-undirected.graphml'), join(dir, 'b.txt'));
    const gexf = await runCli(['map', 'validate', 'a.txt'], { cwd: dir });
    const graphml = await runCli(['map', 'validate', 'b.txt'], { cwd: dir });
    expect([gexf.code, graphml.code]).toEqual([0, 0]);
    expect(gexf.stdout).toMatch(/^a\.txt: OK \(GEXF, /);
    expect(graphml.stdout).toMatch(/^b\.txt: OK \(GraphML, 4 actors, 3 relations\)/);
  });

  it('map validate rejects a document that is no map format, with exit 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.csv'), 'from,to\na,b\n');
    const r = await runCli(['map', 'validate', 'x.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[RELCAP_UNKNOWN_MAP_FORMAT]');
  });

  it('map validate exits 3 when the file does not exist, without a stack trace', async () => {
    const r = await runCli(['map', 'validate', 'nowhere.json'], { cwd: tempDir() });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^relcap: cannot read nowhere\.json: no such file or directory \(ENOENT\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

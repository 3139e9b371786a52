import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMapDocument } from '@relcap/core';
import { describe, expect, it } from 'vitest';
import { LINE_MAP, writeJson } from '../map-fixtures';
import { runCli, tempDir } from '../run-cli';

describe('relcap map export', () => {
  it.each(['gexf', 'graphml'])('map export --to %s writes a document that reads back as the same map', async (format) => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(['map', 'export', 'kort.json', '--to', format, '--out', `kort.${format}`], { cwd: dir });
    expect(r.code).toBe(0);
    const back = readMapDocument(readFileSync(join(dir, `kort.${format}`), 'utf8'));
    expect(back.actors.map((a) => a.label)).toEqual(['Lærer', 'Pædagog', 'Sundhedsplejerske']);
    expect(back.relations).toHaveLength(2);
  });

  it.each([
    ['kumu', ['kort-connections.csv', 'kort-elements.csv']],
    ['polinode', ['kort-edges.csv', 'kort-nodes.csv']],
    ['gephi', ['kort-edges.csv', 'kort-nodes.csv']],
  ])('map export --to %s writes two CSV files named after --out (a trailing .csv is dropped)', async (format, names) => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(['map', 'export', 'kort.json', '--to', format, '--out', 'kort.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()).toEqual(names);
    const [edges, nodes] = names.map((n) => readFileSync(join(dir, n), 'utf8').trimEnd().split(/\r?\n/));
    expect(nodes).toHaveLength(1 + 3); // header + 3 actors
    expect(nodes?.join('\n')).toContain('Pædagog');
    expect(edges!.length).toBeGreaterThanOrEqual(1 + 2); // header + 2 relations (or more arcs)
  });

  it('map export --to tidy prints to stdout without --out', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(['map', 'export', 'kort.json', '--to', 'tidy'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toContain(',');
    expect(r.stdout).toContain('Sundhedsplejerske');
  });

  it('map export neutralises a formula in an actor label in every CSV target', async () => {
    const dir = tempDir();
    const evil = { ...LINE_MAP, actors: [{ ...LINE_MAP.actors[0], label: '=HYPERLINK("http://x","klik")' }, ...LINE_MAP.actors.slice(1)] };
    writeJson(dir, 'kort.json', evil);
    const r = await runCli(['map', 'export', 'kort.json', '--to', 'kumu', '--out', 'k'], { cwd: dir });
    expect(r.code).toBe(0);
    const elements = readFileSync(join(dir, 'k-elements.csv'), 'utf8');
    expect(elements).toContain(`'=HYPERLINK`);
    expect(elements).not.toMatch(/(^|[,;\n"])=HYPERLINK/);
  });

  it('map export --to kumu without --out is a usage error and writes nothing', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(['map', 'export', 'kort.json', '--to', 'kumu'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['map', 'export', 'kort.json'], '--to is required'],
    [['map', 'export', 'kort.json', '--to', 'pdf'], '--to must be one of gexf, graphml, gephi, kumu, polinode, tidy'],
  ])('map export %j is a usage error (exit 2)', async (argv, message) => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('map export to a directory that does not exist exits 3 and leaves no temporary file', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    writeFileSync(join(dir, 'keep.txt'), 'x');
    const r = await runCli(['map', 'export', 'kort.json', '--to', 'gexf', '--out', 'missing/kort.gexf'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cannot write missing/kort.gexf');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['keep.txt', 'kort.json']);
  });
});

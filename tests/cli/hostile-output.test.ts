// Output safety end to end: the BUILT binary (packages/cli/dist/bin.js, built by `pnpm test`)
// run on hostile files that scripts/hostile/build-hostile-inputs.mjs writes. Each case is a
// defect found by trying hostile inputs: a located error instead of a stack overflow, no escape
// sequence on the terminal, CSV that no spreadsheet splits into a formula, a report that is not
// refused for harmless text, and a closed pipe that ends quietly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { buildHostileInputs } from '../../scripts/hostile/build-hostile-inputs.mjs';

const REPO = join(__dirname, '..', '..');
const BIN = join(REPO, 'packages', 'cli', 'dist', 'bin.js');
const STACK = /\n\s+at .+:\d+:\d+/;

let dir: string;

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run pnpm build (pnpm test does) before this test`);
  dir = mkdtempSync(join(tmpdir(), 'relcap-hostile-'));
  buildHostileInputs(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, RELCAP_DEBUG: '' } });

/** Cells of CSV text read as a spreadsheet does with `delimiter`: quotes respected, BOM dropped. */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const t = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (quoted) {
      if (c === '"' && t[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && t[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('hostile input, output side (built binary)', () => {
  it.each([
    ['deep-label-map.json', 'RELCAP_MAP_TOO_DEEP'],
    ['deep.graphml', 'RELCAP_XML_TOO_DEEP'],
    ['deep.gexf', 'RELCAP_XML_TOO_DEEP'],
  ])('map validate %s ends with a located %s, not a stack overflow', (name, code) => {
    const r = run(['map', 'validate', name]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}:\\d+`));
    expect(r.stderr).not.toContain('Maximum call stack');
    expect(r.stderr).not.toMatch(STACK);
    const metrics = run(['map', 'metrics', name]);
    expect(metrics.stderr).toContain(`[${code}]`);
    expect(metrics.stderr).not.toContain('internal error');
  });

  it('a DOCTYPE with an internal subset is refused with a message saying what was refused', () => {
    const r = run(['map', 'validate', 'doctype-subset.graphml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[RELCAP_XML_DOCTYPE_SUBSET]');
    expect(r.stderr).toContain('internal subset');
  });

  it('no ESC byte reaches stdout or stderr: map title and labels, role names in tables', () => {
    for (const args of [['map', 'metrics', 'escape-title-map.json'], ['map', 'validate', 'escape-title-map.json'], ['score', 'escape-role.csv'], ['score', 'escape-role.csv', '--csv']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u0007\u009b]/);
    }
    expect(run(['map', 'metrics', 'escape-title-map.json']).stdout).toContain('Kort \uFFFD[2J');
  });

  it('the semicolon-and-formula role cannot start a cell when the CSV is split on "," or ";" (plain and Danish Excel)', () => {
    for (const args of [
      ['score', 'semicolon-formula-role.csv', '--csv'],
      ['score', 'semicolon-formula-role.csv', '--excel', '--lang', 'da'],
      ['score', 'semicolon-formula-role.csv', '--csv', '--lang', 'da'],
      ['score', 'semicolon-formula-role.csv', '--excel'],
    ]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(0);
      for (const d of [',', ';']) {
        for (const cell of readCsv(r.stdout, d).flat()) expect(cell, `${args.join(' ')} split on ${d}`).not.toMatch(/^[=+@-]/);
      }
      const own = readCsv(r.stdout, args.includes('da') ? ';' : ',');
      // the role is one cell, its inner "=" guarded too
      expect(own.some((row) => row.includes("x;'=cmd|' /C calc'!A0;"))).toBe(true);
    }
  });

  it('relcap report accepts a role named javascript:alert(1) (harmless text) and writes it escaped', () => {
    const r = run(['report', 'javascript-role.csv', '--out', 'r.html']);
    expect(r.stderr).not.toContain('UNSAFE_SVG');
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('javascript:alert(1)');
    expect(html).not.toMatch(/<script/i);
  });

  it('a closed output pipe ends quietly: exit 0, nothing on stderr', async () => {
    // 40 roles each rating all 40: about 1,600 ties, far more JSON than a pipe buffer holds
    const roles = Array.from({ length: 40 }, (_, i) => `R${i}`);
    const lines = ['respondent_id,role,target_role,dimension,value'];
    for (const from of roles) for (const id of [1, 2, 3]) for (const to of roles) lines.push(`${from}-${id},${from},${to},frequency,4`);
    writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
    const child = spawn(process.execPath, [BIN, 'score', 'big.csv', '--json', '--min-items', '1'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

// relcap table on the example survey (examples/data/survey-example.csv), checked cell by cell
// against relcap score --json of the same file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const EXAMPLE = join(__dirname, '..', '..', '..', '..', 'examples', 'data', 'survey-example.csv');
const HAS_TEX = spawnSync('pdflatex', ['--version'], { encoding: 'utf8' }).status === 0;

interface Tie {
  from: string;
  to: string;
  n: number;
  suppressed: boolean;
  rc: number | null;
  sd: number | null;
  ci95: [number, number] | null;
  band: string | null;
  rwg: { value: number } | null;
  subscales: Record<string, number | null>;
}
interface Score {
  ties: Tie[];
  roles: { role: string; respondents: number; given: number | null; received: number | null }[];
  reliability: { cronbachAlpha: number | null; icc: { pair: { icc1: { value: number | null } } } };
}

let dir: string;
let score: Score;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relcap-table-'));
  copyFileSync(EXAMPLE, join(dir, 'svar.csv'));
  score = JSON.parse((await runCli(['score', 'svar.csv', '--json'], { cwd: dir })).stdout) as Score;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const table = async (...args: string[]): Promise<string> => {
  const r = await runCli(['table', 'svar.csv', ...args], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

/** Body rows of a Markdown pipe table, cells unescaped. */
const mdRows = (md: string): string[][] =>
  md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(2, -2)
        .split(' | ')
        .map((c) => c.replace(/\\(.)/g, '$1')),
    );

/** Plain CSV rows (no quoted commas in this example). */
const csvRows = (csv: string): string[][] => csv.split('\r\n').map((l) => l.split(','));

describe('relcap table (example survey, against score --json)', () => {
  it('table --table ties --format csv --decimals 6: every cell equals score --json (tolerance 5e-7)', async () => {
    const rows = csvRows(await table('--table', 'ties', '--to', 'csv', '--decimals', '6'));
    expect(rows[0]).toEqual(['From', 'To', 'n', 'RC', 'SD', '95% CI lower', '95% CI upper', 'Band', 'rwg(j)', 'Communication', 'Relationships']);
    const num = (s: string, v: number | null | undefined): void => {
      if (v === null || v === undefined) expect(s).toBe('');
      else expect(Math.abs(Number(s.replace('*', '')) - v)).toBeLessThanOrEqual(5e-7);
    };
    for (const t of score.ties) {
      const r = rows.find((x) => x[0] === t.from && x[1] === t.to)!;
      expect(r, `${t.from} -> ${t.to}`).toBeDefined();
      expect(Number(r[2])).toBe(t.n);
      if (t.suppressed) {
        expect(r.slice(3)).toEqual([`suppressed (n=${t.n})`, ...Array(7).fill('')]);
        continue;
      }
      num(r[3]!, t.rc);
      num(r[4]!, t.sd);
      num(r[5]!, Math.max(t.ci95![0], 1));
      num(r[6]!, Math.min(t.ci95![1], 5));
      expect(r[6]!.endsWith('*')).toBe(t.ci95![1] > 5);
      expect(r[7]).toBe(t.band);
      num(r[8]!, t.rwg?.value);
      num(r[9]!, t.subscales.communication);
      num(r[10]!, t.subscales.relationship);
    }
    expect(rows.filter((r) => r.length === 11)).toHaveLength(score.ties.length + 1);
  });

  it('table --table matrix --format md: each cell is the tie RC with 2 decimals (more where a band would change)', async () => {
    const md = await table('--table', 'matrix', '--to', 'md');
    const lines = md.split('\n').filter((l) => l.startsWith('|'));
    const rated = lines[0]!.slice(2, -2).split(' | ').slice(1);
    for (const row of mdRows(md)) {
      const [from, ...cells] = row;
      cells.forEach((text, j) => {
        const tie = score.ties.find((t) => t.from === from && t.to === rated[j]);
        if (tie === undefined) expect(text).toBe('');
        else if (tie.suppressed) expect(text).toBe(`suppressed (n=${tie.n})`);
        else {
          expect(Math.abs(Number(text) - tie.rc!)).toBeLessThanOrEqual(0.005);
          // the rounded text reads as the tie's own band
          const v = Number(text);
          expect(v < 3.5 ? 'weak' : v > 4 ? 'strong' : 'moderate').toBe(tie.band);
        }
      });
    }
    expect(md).toContain('fewer than 3 respondents are suppressed');
    expect(md).toContain('Numbers with 2 decimals');
  });

  it('the weak Lærer -> Sundhedsplejerske tie (3.47) is never shown as 3.5 at one decimal', async () => {
    const tie = score.ties.find((t) => t.from === 'Lærer' && t.to === 'Sundhedsplejerske')!;
    expect(tie.band).toBe('weak');
    const md = await table('--table', 'ties', '--to', 'md', '--decimals', '1', '--lang', 'da');
    const row = mdRows(md).find((r) => r[0] === 'Lærer' && r[1] === 'Sundhedsplejerske')!;
    expect(row[3]).toBe(tie.rc!.toFixed(2).replace('.', ','));
    expect(row[7]).toBe('svag');
  });

  it('table --table roles --format html: one row per role, the numbers of score --json', async () => {
    const html = await table('--table', 'roles', '--to', 'html', '--decimals', '3');
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th>((?:<td[^>]*>[^<]*<\/td>)+)<\/tr>/g)].map((m) => [
      m[1]!,
      ...[...m[2]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]!),
    ]);
    expect(rows.map((r) => r[0])).toEqual(score.roles.map((r) => r.role));
    for (const r of score.roles) {
      const row = rows.find((x) => x[0] === r.role)!;
      expect(Number(row[1])).toBe(r.respondents);
      expect(Math.abs(Number(row[2]) - r.given!)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(Number(row[4]) - r.received!)).toBeLessThanOrEqual(0.0005);
    }
  });

  it('table --table reliability --format latex: booktabs rules, alpha and ICC(1) of score --json', async () => {
    const tex = await table('--table', 'reliability', '--to', 'latex', '--decimals', '4');
    expect(tex).toMatch(/\\toprule[\s\S]*\\midrule[\s\S]*\\bottomrule/);
    const rows = tex.split('\n').filter((l) => l.endsWith('\\\\'));
    const alpha = rows.find((l) => l.startsWith('Cronbach'))!.split(' & ');
    expect(Math.abs(Number(alpha[1]) - score.reliability.cronbachAlpha!)).toBeLessThanOrEqual(0.00005);
    const icc1 = rows.find((l) => l.startsWith('ICC(1), by tie'))!.split(' & ');
    expect(Math.abs(Number(icc1[1]) - score.reliability.icc.pair.icc1.value!)).toBeLessThanOrEqual(0.00005);
  });

  it.skipIf(!HAS_TEX)('the LaTeX tables compile with pdflatex and booktabs', async () => {
    const body = (await Promise.all(['matrix', 'ties', 'roles', 'reliability'].map((t) => table('--table', t, '--to', 'latex', '--lang', 'da')))).join('\n');
    writeFileSync(join(dir, 't.tex'), `\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{booktabs}\n\\begin{document}\n${body}\n\\end{document}\n`);
    const r = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 't.tex'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stdout.slice(-2000)).toBe(0);
  });

  it('table --table comparison needs --compare; with it the paired count is stated', async () => {
    expect((await runCli(['table', 'svar.csv', '--table', 'comparison'], { cwd: dir })).code).toBe(2);
    const md = await table('--table', 'comparison', '--compare', 'svar.csv', '--to', 'md');
    // the same file twice: every respondent id recurs
    expect(md).toContain('40 respondent ids answered both waves');
    const both = mdRows(md).filter((r) => r[2] === 'both');
    expect(both).toHaveLength(score.ties.filter((t) => !t.suppressed).length);
    expect(both.every((r) => r[8] === 'paired t' && r[5] === '0.00')).toBe(true);
  });

  it('table --decimals past 6 is a usage error', async () => {
    expect((await runCli(['table', 'svar.csv', '--decimals', '9'], { cwd: dir })).code).toBe(2);
  });
});

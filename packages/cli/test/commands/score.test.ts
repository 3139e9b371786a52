import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../run-cli';
import { longCsv, ratingRows, teachersAndPedagogues, writeText } from '../survey-fixtures';

interface Tie {
  from: string;
  to: string;
  n: number;
  suppressed: boolean;
  rc: number | null;
  sd: number | null;
  ci95: [number, number] | null;
  band: string | null;
  dimensions: Record<string, number | null>;
}
interface ScoreJson {
  schemaVersion: number;
  respondents: number;
  ratings: { valid: number; incomplete: number };
  ties: Tie[];
  roles: { role: string; given: number | null; received: number | null }[];
  network: { rcUnweighted: number | null; rcWeighted: number | null };
  reliability: { cronbachAlpha: number | null };
  import: { file: string; format: string; rows: number; answerCount: number; missing: number; issueCount: number };
}

/** CSV cells of one line (no quoted fields with commas in these tests except where stated). */
const cells = (line: string): string[] => line.split(',');

describe('relcap score', () => {
  it('score --json gives the hand-computed tie, roles, network RC and alpha (3 teachers rating pedagogues)', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['score', 'svar.csv', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as ScoreJson;
    expect(s.schemaVersion).toBe(1);
    expect(s.respondents).toBe(5);
    expect(s.ratings).toEqual({ valid: 5, incomplete: 0 });
    const lp = s.ties.find((t) => t.from === 'Lærer' && t.to === 'Pædagog')!;
    // rc(T1) = 4, rc(T2) = 5, rc(T3) = 3 (six answered >= minItems 4): mean 4, sd sqrt((0 + 1 + 1) / 2) = 1
    expect(lp.n).toBe(3);
    expect(lp.rc).toBeCloseTo(4, 10);
    expect(lp.sd).toBeCloseTo(1, 10);
    // t(0.975, 2) = 4.302652729911275; half-width 4.3026527 * 1 / sqrt(3) = 2.4841377
    expect(lp.ci95?.[0]).toBeCloseTo(4 - 4.302652729911275 / Math.sqrt(3), 8);
    expect(lp.ci95?.[1]).toBeCloseTo(4 + 4.302652729911275 / Math.sqrt(3), 8);
    expect(lp.band).toBe('moderate'); // 3.5 <= 4.0 <= 4.0
    expect(lp.dimensions.mutual_respect).toBeCloseTo((4 + 5) / 2, 10); // T3 did not answer it
    expect(lp.dimensions.frequency).toBeCloseTo((4 + 5 + 3) / 3, 10);
    const pl = s.ties.find((t) => t.from === 'Pædagog' && t.to === 'Lærer')!;
    expect(pl).toMatchObject({ n: 2, suppressed: true, rc: null, sd: null, band: null });
    expect(s.network.rcUnweighted).toBeCloseTo(4, 10);
    expect(s.network.rcWeighted).toBeCloseTo(4, 10);
    expect(s.roles.find((x) => x.role === 'Lærer')).toMatchObject({ given: 4, received: null });
    // Four complete ratings, each constant across the 7 items: alpha = 7/6 * (1 - 7v / 49v) = 1
    expect(s.reliability.cronbachAlpha).toBeCloseTo(1, 10);
    expect(s.import).toMatchObject({ file: 'svar.csv', format: 'long', rows: 35, answerCount: 35, missing: 1, issueCount: 0 });
  });

  it('score prints the interval clipped to the 1..5 scale and marked, while --json keeps the raw bounds', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['score', 'svar.csv'], { cwd: dir });
    // raw interval 4 ± 2.4841377 = 1.5158623 .. 6.4841377 (see the --json test)
    expect(r.stdout).toContain('1.52 - 5.00*');
    expect(r.stdout).not.toContain('6.48');
    expect(r.stdout).toMatch(/^\* Two-sided t interval/m);
  });

  it('score --min-raters 2 shows the tie rated by two pedagogues: (4 + 2) / 2 = 3, weak', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['score', 'svar.csv', '--json', '--min-raters', '2'], { cwd: dir });
    const pl = (JSON.parse(r.stdout) as ScoreJson).ties.find((t) => t.from === 'Pædagog')!;
    expect(pl).toMatchObject({ n: 2, suppressed: false, band: 'weak' });
    expect(pl.rc).toBeCloseTo(3, 10);
  });

  it('score --csv writes one row per tie with the documented columns and the dimension means', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['score', 'svar.csv', '--csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'from,to,within,n,suppressed,rc,sd,ci95_low,ci95_high,band,rwg,rwg_truncated,rwg_items,frequency,timeliness,accuracy,problem_solving,shared_goals,shared_knowledge,mutual_respect,communication,relationship',
    );
    const lp = cells(lines[1]!);
    expect(lp.slice(0, 7)).toEqual(['Lærer', 'Pædagog', 'false', '3', 'false', '4', '1']);
    expect(Number(lp[7])).toBeCloseTo(4 - 4.302652729911275 / Math.sqrt(3), 8);
    expect(lp[9]).toBe('moderate');
    expect(Number(lp[19])).toBeCloseTo(4.5, 10);
    // rwg: every dimension is answered 4, 5, 3 (variance 1) but mutual_respect 4, 5 (variance 0.5):
    // J = 7, s² = 6.5/7, ratio s²/2 = 6.5/14, rwg = 7(1 - 6.5/14) / (7(1 - 6.5/14) + 6.5/14) = 3.75 / (3.75 + 6.5/14)
    expect(Number(lp[10])).toBeCloseTo(3.75 / (3.75 + 6.5 / 14), 10);
    expect(lp.slice(11, 13)).toEqual(['false', '7']);
    // a suppressed tie: counts, no scores
    expect(cells(lines[2]!)).toEqual(['Pædagog', 'Lærer', 'false', '2', 'true', ...Array(17).fill('')]);
    expect(lines[3]).toBe('');
  });

  it('score --csv neutralises a role named like a spreadsheet formula', async () => {
    const dir = tempDir();
    const evil = '=HYPERLINK("http://evil.example","klik")';
    const rows = ['T1', 'T2', 'T3'].flatMap((id) => ratingRows(id, evil, '@SUM(A1)', [4, 4, 4, 4, 4, 4, 4]));
    writeText(dir, 'svar.csv', longCsv(rows));
    const r = await runCli(['score', 'svar.csv', '--csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const row = r.stdout.split('\r\n')[1]!;
    // the cell is prefixed with ' and, holding quotes and commas, quoted as a whole
    expect(row.startsWith(`"'=HYPERLINK(""http://evil.example"",""klik"")",'@SUM(A1),`)).toBe(true);
    expect(r.stdout).not.toMatch(/(^|,|\r\n)[=@+-]/);
  });

  it('score prints a table with role names as given, aligned with æøå, and suppressed ties as "suppressed (n=2)"', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['score', 'svar.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.find((l) => l.startsWith('from '))!;
    const lp = lines.find((l) => l.startsWith('Lærer '))!;
    const pl = lines.find((l) => l.startsWith('Pædagog '))!;
    // "band" starts in the same terminal column in the header and in both rows
    const col = (l: string, text: string): number => [...l.slice(0, l.indexOf(text))].length;
    expect(col(lp, 'moderate')).toBe(col(header, 'band'));
    expect(col(pl, 'suppressed (n=2)')).toBe(col(header, 'band'));
    expect(r.stdout).toContain('Network RC, unweighted mean of 1 between-role ties: 4.00');
    expect(r.stdout).toContain('Network RC, respondent-weighted mean of 3 ratings: 4.00');
    expect(r.stdout).toContain("Reliability: Cronbach's alpha 1.00");
  });

  it('score --lang da prints Danish headings, bands and decimal commas', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['score', 'svar.csv', '--lang', 'da'], { cwd: dir });
    expect(r.stdout).toMatch(/^Lærer +Pædagog +mellem +3 +4,00 +1,00 +1,52 - 5,00\* +moderat$/m);
    expect(r.stdout).toContain('skjult (n=2)');
  });

  it('score reads a semicolon-separated Windows-1252 file with --delimiter and --encoding', async () => {
    const dir = tempDir();
    const text = longCsv(teachersAndPedagogues(), ';');
    writeText(dir, 'svar.csv', Buffer.from(text, 'latin1')); // æ, ø, å are the same bytes in Windows-1252
    const r = await runCli(['score', 'svar.csv', '--json', '--delimiter', 'semicolon', '--encoding', 'windows-1252'], { cwd: dir });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as ScoreJson;
    expect(s.ties.map((t) => `${t.from}>${t.to}`)).toEqual(['Lærer>Pædagog', 'Pædagog>Lærer']);
  });

  it('score stops at the first bad value with exit 1 and a FILE:LINE: column message', async () => {
    const dir = tempDir();
    const rows = teachersAndPedagogues();
    rows[9]![4] = '7'; // line 11 of the file (header is line 1)
    writeText(dir, 'svar.csv', longCsv(rows));
    const r = await runCli(['score', 'svar.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^svar\.csv:11: column "value": .*\[RELCAP_OUT_OF_RANGE\]\n$/);
  });

  it('score --lenient skips the bad cell, warns on stderr and still scores', async () => {
    const dir = tempDir();
    const rows = teachersAndPedagogues();
    rows[9]![4] = '7'; // T2's accuracy: T2 keeps 6 answered dimensions, still valid
    writeText(dir, 'svar.csv', longCsv(rows));
    const r = await runCli(['score', 'svar.csv', '--lenient', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: svar\.csv:11: column "value": .*\[RELCAP_OUT_OF_RANGE\]$/m);
    const s = JSON.parse(r.stdout) as ScoreJson;
    expect(s.import.issueCount).toBe(1);
    expect(s.ties[0]?.n).toBe(3);
  });

  it('score --out writes the JSON atomically into the user directory and prints nothing on stdout', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    writeText(dir, 'score.json', 'old');
    const r = await runCli(['score', 'svar.csv', '--json', '--out', 'score.json'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((JSON.parse(readFileSync(join(dir, 'score.json'), 'utf8')) as ScoreJson).respondents).toBe(5);
  });

  it('score leaves an existing --out file untouched when the input is invalid', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', 'respondent_id,role,target_role,dimension,value\nT1,Lærer,Pædagog,frequency,9\n');
    writeText(dir, 'score.json', 'the previous result');
    const r = await runCli(['score', 'svar.csv', '--json', '--out', 'score.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'score.json'), 'utf8')).toBe('the previous result');
  });

  it.each([
    [['score', 'svar.csv', '--json', '--csv'], '--json and --csv cannot be used together'],
    [['score', 'svar.csv', '--min-items', 'four'], '--min-items must be a whole number >= 1'],
    [['score', 'svar.csv', '--min-items', '8'], 'minItems'],
    [['score', 'svar.csv', '--dimension-set', 'happiness'], 'unknown dimension set'],
    [['score', 'svar.csv', '--frequency-input', 'position'], 'frequencyInput'],
    [['score', 'svar.csv', '--format', 'tall'], '--format must be one of auto, long, wide'],
  ])('score %j is a usage error (exit 2)', async (argv, message) => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('score recognises a survey-tool export (Qualtrics) and prints its import report on stderr', async () => {
    const dir = tempDir();
    const tools = join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'tools', 'qualtrics');
    copyFileSync(join(tools, 'numeric.csv'), join(dir, 'numeric.csv'));
    copyFileSync(join(tools, 'numeric.mapping.json'), join(dir, 'mapping.json'));
    const r = await runCli(['score', 'numeric.csv', '--mapping', 'mapping.json', '--min-raters', '1', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^numeric\.csv: qualtrics /m);
    // tests/fixtures/tools/README.md: pædagog -> lærer is P1 4, P2 3 (P3 incomplete): (4 + 3) / 2 = 3.5
    const tie = (JSON.parse(r.stdout) as ScoreJson).ties.find((t) => t.from === 'pædagog' && t.to === 'lærer')!;
    expect(tie.rc).toBeCloseTo(3.5, 10);
  });

  it('score checks its flags before the file: a bad flag with a missing file is a usage error', async () => {
    const r = await runCli(['score', 'nope.csv', '--min-raters=0'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('relcap score: --min-raters must be a whole number >= 1 (found "0", expected an integer >= 1) [RELCAP_CLI_BAD_FLAG_VALUE]\n');
  });

  it('score of a missing file exits 3', async () => {
    const r = await runCli(['score', 'nope.csv'], { cwd: tempDir() });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cannot read nope.csv: no such file or directory');
  });

  it('score of a directory exits 3', async () => {
    const dir = tempDir();
    const r = await runCli(['score', '.'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^relcap: cannot read \.: /);
  });
});

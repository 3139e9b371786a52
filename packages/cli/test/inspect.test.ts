import { findProfession } from '@relcap/core';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli';

const tools = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'tools');

/** Copies fixture files into a fresh directory (flat names) and returns it. */
function dirWith(...files: string[]): string {
  const dir = tempDir();
  for (const f of files) copyFileSync(join(tools, f), join(dir, f.split('/').pop()!));
  return dir;
}

describe('relcap inspect', () => {
  it('writes a mapping that carries "6 = Ved ikke", so score reads the SurveyXact CSV without repeating --labels (issue 9)', async () => {
    const sx = 'surveyxact/semicolon-cp1252';
    const dir = dirWith(`${sx}/dataset.csv`, `${sx}/labels.csv`, `${sx}/structure.csv`);
    const inspected = await runCli(['inspect', 'dataset.csv', '--labels', 'labels.csv', '--structure', 'structure.csv', '--out', 'mapping.json'], { cwd: dir });
    expect(inspected.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'mapping.json'), 'utf8')).missingCodes).toEqual(['6']);
    const scored = await runCli(['score', 'dataset.csv', '--mapping', 'mapping.json', '--json'], { cwd: dir });
    expect(scored.stderr).not.toContain('RELCAP_OUT_OF_RANGE');
    expect(scored.code).toBe(0);
    // 9 respondents x 21 rating columns; 5 answers are "6 = Ved ikke" and 2 are blank (tests/fixtures/tools/README.md).
    const doc = JSON.parse(scored.stdout) as { missingAnswers: number };
    expect(doc.missingAnswers).toBe(7);
  });

  it('inspect names the detected tool and why, lists columns with samples, and prints a mapping', async () => {
    const dir = dirWith('qualtrics/numeric.csv');
    const r = await runCli(['inspect', 'numeric.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^numeric\.csv: qualtrics \(detected qualtrics: row 3 holds \d+ Qualtrics \{"ImportId":\.\.\.\} cells/);
    expect(r.stdout).toContain('encoding: utf-8 (byte order mark), delimiter ","');
    const q34 = r.stdout.split('\n').find((l) => l.startsWith('Q3_4 '));
    // Frequency -> sundhedsplejerske of L1, P1, S1: 3, 2, 4 (answers.mjs BASE and D5).
    expect(q34).toMatch(/rating\s+frequency\s+sundhedsplejerske\s+3 \| 2 \| 4/);
    expect(r.stdout).toContain('- role code 1 has no label: write its role in "roleValues"');
    expect(r.stdout).toContain('- answers outside the scale: 99 (5x), -99 (2x)');
    const json = r.stdout.slice(r.stdout.indexOf('{\n'), r.stdout.lastIndexOf('}\n') + 1);
    expect(JSON.parse(json)).toMatchObject({ version: 1, tool: 'qualtrics', respondentId: 'ResponseId', respondentRole: 'Q1' });
  });

  it('inspect reads SurveyXact side tables and speaks Danish', async () => {
    const dir = dirWith('surveyxact/semicolon-cp1252/dataset.csv', 'surveyxact/semicolon-cp1252/labels.csv', 'surveyxact/semicolon-cp1252/structure.csv');
    const r = await runCli(['inspect', 'dataset.csv', '--labels', 'labels.csv', '--structure', 'structure.csv', '--lang', 'da'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dataset.csv: surveyxact (detected surveyxact: header has SurveyXact status columns');
    expect(r.stdout).toMatch(/baggrund\s+rolle\s+1 \| 2 \| 3/);
    expect(r.stdout).toMatch(/stato_1\s+metadata/);
    expect(r.stdout).toContain('"1": "lærer"');
    expect(r.stdout).toContain('Gem forslaget med --out mapping.json');
  });

  it('inspect -> edit the mapping -> check it, on a file with unrecognisable column names', async () => {
    const dir = dirWith('mystery/mystery.csv');
    const first = await runCli(['inspect', 'mystery.csv', '--out', 'mapping.json'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Proposed mapping written to mapping.json');
    const mapping = JSON.parse(readFileSync(join(dir, 'mapping.json'), 'utf8'));
    expect(mapping).toEqual({ version: 1, tool: 'generic', respondentId: 'resp', columns: {}, ignore: [] });
    // The user's edit: role column and codes, the 21 items in questionnaire order.
    const dims = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];
    const roles = ['Lærer', 'Pædagog', 'Sundhedsplejerske'];
    mapping.respondentRole = 'grp';
    mapping.roleValues = { 1: 'lærer', 2: 'pædagog', 3: 'sundhedsplejerske' };
    mapping.columns = Object.fromEntries(
      dims.flatMap((d, i) => roles.map((t, k) => [`x${String(i * 3 + k + 1).padStart(2, '0')}`, { dimension: d, target: t }])),
    );
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping, null, 2));
    // Without declaring 9 ("Ved ikke") the first 9 is an error with its place: S1 on line 4,
    // shared_knowledge (6th dimension) about sundhedsplejerske (3rd role) = x18.
    const strict = await runCli(['inspect', 'mystery.csv', '--mapping', 'mapping.json'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('mystery.csv:4: column "x18"');
    expect(strict.stderr).toContain('[RELCAP_OUT_OF_RANGE]');
    const ok = await runCli(['inspect', 'mystery.csv', '--mapping', 'mapping.json', '--missing-codes', '9'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('mystery.csv: 9 respondents, 189 answers, 182 with a value (mapping: given)');
    expect(ok.stdout).toContain('mystery.csv: missing "9" (declared): 5');
    expect(ok.stdout).toContain('mystery.csv: missing (blank) (blank cell): 2');
    // ... and score with the edited mapping: the same ties as every tool export of these answers.
    const scored = await runCli(['score', 'mystery.csv', '--mapping', 'mapping.json', '--missing-codes', '9', '--json'], { cwd: dir });
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain('mystery.csv: missing "9" (declared): 5');
    const ties = JSON.parse(scored.stdout).ties as { from: string; to: string; rc: number | null; suppressed: boolean }[];
    // L1 29/7, L2 4, L3 3 rate pædagog: (29/7 + 7) / 3 = 26/7 (tests/fixtures/tools/README.md).
    expect(ties.find((t) => t.from === 'lærer' && t.to === 'pædagog')?.rc).toBeCloseTo(26 / 7, 12);
    expect(ties.find((t) => t.from === 'pædagog' && t.to === 'lærer')?.suppressed).toBe(true);
  });

  it('score reads every tool export of the same answers to the same ties', async () => {
    const dir = dirWith(
      'surveyxact/surveyxact.xlsx',
      'qualtrics/numeric.csv',
      'qualtrics/numeric.mapping.json',
      'surveymonkey/english.csv',
      'microsoft-forms/danish-excel-cp1252.csv',
    );
    const runs = [
      ['surveyxact.xlsx'],
      ['numeric.csv', '--mapping', 'numeric.mapping.json'],
      ['english.csv'],
      ['danish-excel-cp1252.csv'],
    ];
    const ties = [];
    for (const argv of runs) {
      const r = await runCli(['score', ...argv, '--json'], { cwd: dir });
      expect(r.code).toBe(0);
      ties.push(JSON.parse(r.stdout).ties);
    }
    // Each export shows roles as it wrote them ("Lærer", "Teacher"): compare by catalogue key.
    const key = (r: string): string => findProfession(r)?.key ?? r;
    const order = (a: { from: string; to: string }, b: { from: string; to: string }): number => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`);
    const keyed = ties.map((list: { from: string; to: string }[]) => list.map((t) => ({ ...t, from: key(t.from), to: key(t.to) })).sort(order));
    for (const t of keyed.slice(1)) expect(t).toEqual(keyed[0]);
  });

  it('inspect refuses a UTF-16 file without a byte order mark with a located error (exit 1)', async () => {
    const dir = dirWith('bad/utf16le-no-bom.txt');
    const r = await runCli(['inspect', 'utf16le-no-bom.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('utf16le-no-bom.txt:1');
    expect(r.stderr).toContain('--encoding utf-16le');
    const forced = await runCli(['inspect', 'utf16le-no-bom.txt', '--encoding', 'utf-16le'], { cwd: dir });
    expect(forced.code).toBe(0);
  });

  it('inspect refuses a missing code that is a scale value (exit 2) and a truncated workbook (exit 1)', async () => {
    const dir = dirWith('qualtrics/numeric.csv', 'qualtrics/numeric.mapping.json', 'bad/truncated.xlsx');
    const r = await runCli(['inspect', 'numeric.csv', '--mapping', 'numeric.mapping.json', '--missing-codes', '5'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing code "5" is also answer 5');
    const t = await runCli(['inspect', 'truncated.xlsx'], { cwd: dir });
    expect(t.code).toBe(1);
    expect(t.stderr).toContain('truncated.xlsx');
  });
});

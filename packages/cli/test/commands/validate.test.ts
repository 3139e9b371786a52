import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../run-cli';
import { longCsv, ratingRows, teachersAndPedagogues, writeText } from '../survey-fixtures';

describe('relcap validate', () => {
  it('validate prints a one-line OK summary and exits 0 for a clean file', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['validate', 'svar.csv'], { cwd: dir });
    expect(r).toEqual({
      code: 0,
      stdout: 'svar.csv: OK (long format, 35 rows, 35 answers, 5 respondents, 2 roles rated)\n',
      stderr: '',
    });
  });

  it('validate reports every problem, import and scoring alike, as FILE:LINE: column "X" lines in file order, and exits 1', async () => {
    const dir = tempDir();
    const rows = [
      ...ratingRows('T1', 'Lærer', 'Pædagog', [4, 4, 7, 4, 4, 4, 4]), // line 4: accuracy 7
      ...ratingRows('T2', 'Lærer', 'Pædagog', [4, 4, 4, 4, 'Måske', 4, 4]), // line 13: unknown label
      ['T2', 'Lærer', 'Pædagog', 'frequency', '5'], // line 16: T2 answered frequency twice (first at line 9)
      ['T3', 'Lærer'], // line 17: too few fields
    ];
    writeText(dir, 'svar.csv', longCsv(rows));
    const r = await runCli(['validate', 'svar.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((l) => /^(svar\.csv:\d+:(?: column "[^"]+":)?) .*\[(\w+)\]$/.exec(l)?.slice(1))).toEqual([
      ['svar.csv:4: column "value":', 'RELCAP_OUT_OF_RANGE'],
      ['svar.csv:13: column "value":', 'RELCAP_UNKNOWN_LABEL'],
      ['svar.csv:16: column "value":', 'RELCAP_DUPLICATE_ANSWER'],
      ['svar.csv:17:', 'RELCAP_RAGGED_ROW'],
      undefined,
    ]);
    expect(lines.at(-1)).toBe('svar.csv: 4 problems');
  });

  it('validate lists a respondent who changes role', async () => {
    const dir = tempDir();
    const rows = [...ratingRows('T1', 'Lærer', 'Pædagog', [4, 4, 4, 4, 4, 4, 4]), ['T1', 'Pædagog', 'Lærer', 'frequency', '4']];
    writeText(dir, 'svar.csv', longCsv(rows));
    const r = await runCli(['validate', 'svar.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^svar\.csv:9: .*\[RELCAP_INCONSISTENT_ROLE\]$/m);
  });

  it('validate of a file without the needed columns stops with exit 1 and one located line', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', 'navn,alder\nAnne,40\n');
    const r = await runCli(['validate', 'svar.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^svar\.csv(:\d+)?: .*\[RELCAP_\w+\]\n/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('validate --lenient is not a flag: validate is always exhaustive', async () => {
    const r = await runCli(['validate', 'svar.csv', '--lenient'], { cwd: tempDir() });
    expect(r.code).toBe(2);
  });

  it('validate reads a survey-tool export with its preset and prints the import report on stderr', async () => {
    const dir = tempDir();
    const tools = join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'tools', 'qualtrics');
    copyFileSync(join(tools, 'numeric.csv'), join(dir, 'numeric.csv'));
    copyFileSync(join(tools, 'numeric.mapping.json'), join(dir, 'mapping.json'));
    const r = await runCli(['validate', 'numeric.csv', '--mapping', 'mapping.json'], { cwd: dir });
    expect(r.code).toBe(0);
    // tests/fixtures/tools/README.md: 9 respondents x 3 roles x 7 dimensions = 189 answers
    expect(r.stdout).toBe('numeric.csv: OK (qualtrics, 9 rows, 189 answers, 9 respondents, 3 roles rated)\n');
    expect(r.stderr).toMatch(/^numeric\.csv: qualtrics /);
  });

  it('validate --lang da prints the summary in Danish', async () => {
    const dir = tempDir();
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['validate', 'svar.csv', '--lang', 'da'], { cwd: dir });
    expect(r.stdout).toBe('svar.csv: OK (langt format, 35 rækker, 35 svar, 5 respondenter, 2 roller vurderet)\n');
  });
});

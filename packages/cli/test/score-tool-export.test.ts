import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedArgs } from '../src/args';
import type { CliIo } from '../src/cli-io';
import { isToolExport, scoreToolExport } from '../src/input/score-tool-export';
import { tempDir } from './run-cli';

const tools = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'tools');
const io = (cwd: string): CliIo => ({ stdout: { write: () => 0 }, stderr: { write: () => 0 }, cwd, isTTY: false });
const args = (values: Record<string, string | boolean>): ParsedArgs => ({ values, positionals: [] });

function dirWith(...files: string[]): string {
  const dir = tempDir();
  for (const f of files) copyFileSync(join(tools, f), join(dir, f.split('/').pop()!));
  return dir;
}

describe('scoreToolExport (relcap score on a survey-tool export)', () => {
  it('isToolExport recognises tool headers, workbooks, tool flags and tool mappings, and nothing else', async () => {
    const dir = dirWith('qualtrics/numeric.csv', 'mystery/mystery.csv', 'microsoft-forms/forms.xlsx', 'redcap/raw.mapping.json');
    expect(await isToolExport(args({}), io(dir), 'numeric.csv')).toBe(true);
    expect(await isToolExport(args({}), io(dir), 'forms.xlsx')).toBe(true);
    expect(await isToolExport(args({}), io(dir), 'mystery.csv')).toBe(false);
    expect(await isToolExport(args({ 'missing-codes': '9' }), io(dir), 'mystery.csv')).toBe(true);
    expect(await isToolExport(args({ mapping: 'raw.mapping.json' }), io(dir), 'mystery.csv')).toBe(true);
    writeFileSync(join(dir, 'plain.json'), JSON.stringify({ version: 1, columns: {} }));
    expect(await isToolExport(args({ mapping: 'plain.json' }), io(dir), 'mystery.csv')).toBe(false);
  });

  it('scores a Qualtrics export with its mapping, and min-raters 1 shows the suppressed tie', async () => {
    const dir = dirWith('qualtrics/numeric.csv', 'qualtrics/numeric.mapping.json');
    const { score, summary, report } = await scoreToolExport(
      'relcap score',
      args({ mapping: 'numeric.mapping.json', 'min-raters': '1' }),
      io(dir),
      'numeric.csv',
    );
    expect(report.tool).toBe('qualtrics');
    expect(summary).toMatchObject({ respondents: 9, answerCount: 189, missing: 7, encoding: 'utf-8', bom: true, delimiter: ',' });
    // pædagog -> lærer: P1 4, P2 3 (P3 incomplete): (4 + 3) / 2 = 3.5, shown with minRaters 1.
    const tie = score.ties.find((t) => t.from === 'pædagog' && t.to === 'lærer')!;
    expect(tie.suppressed).toBe(false);
    expect(tie.rc).toBeCloseTo(3.5, 12);
  });
});

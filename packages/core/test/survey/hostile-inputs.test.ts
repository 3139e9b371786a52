// Issue 9: each measured defect, with its input built by tests/fixtures/hostile/make-hostile.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RelcapError, SurveyFormatError } from '../../src/errors/index';
import { createScorer } from '../../src/scoring/index';
import { type Answer, DEFAULT_IMPORT_LIMITS, type ImportSummary, importSurvey, type SurveyImportOptions, type SurveySource } from '../../src/survey/index';
import {
  crlfLfMixture,
  farCellWorkbook,
  formsStrayByte,
  formsStrayByteColumn,
  surveyXactWithInvited,
  unclosedQuote,
  wideSurvey,
  zipBombWorkbook,
} from '../../../../tests/fixtures/hostile/make-hostile';

const tools = (p: string): Buffer => readFileSync(new URL(`../../../../tests/fixtures/tools/${p}`, import.meta.url));
const SX_SIDES = {
  labels: { source: tools('surveyxact/semicolon-cp1252/labels.csv'), file: 'labels.csv' },
  structure: { source: tools('surveyxact/semicolon-cp1252/structure.csv'), file: 'structure.csv' },
};

async function run(source: SurveySource, options: Partial<SurveyImportOptions> = {}): Promise<{ summary: ImportSummary; answers: Answer[] }> {
  const answers: Answer[] = [];
  const summary = await importSurvey(source, { onAnswer: (a) => answers.push({ ...a, source: { ...a.source! } }), ...options });
  return { summary, answers };
}

async function rejection(p: Promise<unknown>): Promise<RelcapError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RelcapError) return e;
    throw e;
  }
  throw new Error('expected a RelcapError');
}

describe('importSurvey on hostile and odd-but-real files (issue 9)', () => {
  it('refuses a UTF-8 Forms export with one Windows-1252 byte, naming line and column (was: read as Windows-1252, exit 0)', async () => {
    const e = await rejection(run(formsStrayByte(), { file: 'forms.csv' }));
    expect(e).toBeInstanceOf(SurveyFormatError);
    expect(e.code).toBe('RELCAP_BAD_ENCODING');
    expect(e.location).toMatchObject({ file: 'forms.csv', line: 3, column: `character ${formsStrayByteColumn()}` });
    expect(e.location.value).toMatch(/^0xF8 after ".*Bj"$/);
  });

  it('still reads that file when the user says --encoding windows-1252 (no encoding error)', async () => {
    const outcome = await run(formsStrayByte(), { file: 'forms.csv', encoding: 'windows-1252' }).then(
      (r) => r.summary.encoding,
      (e: unknown) => (e instanceof RelcapError ? e.code : 'not a RelcapError'),
    );
    expect(outcome).not.toBe('RELCAP_BAD_ENCODING');
    expect(outcome).not.toBe('not a RelcapError');
  });

  it('reads the clean Forms export with every rating column (21) and the roles as written', async () => {
    const { summary } = await run(tools('microsoft-forms/danish-excel-utf8.csv'), { file: 'forms.csv' });
    expect(summary.tool).toBe('microsoft-forms');
    expect(summary.answerColumns).toBe(21);
    expect(summary.respondentRoles.map((r) => [r.role, r.key])).toContainEqual(['Pædagog', 'pædagog']);
  });

  it('refuses a workbook with a cell at XFD200000 within the cell limit, naming the cell', async () => {
    const book = farCellWorkbook();
    expect(book.length).toBeLessThan(10_000);
    const e = await rejection(run(book, { file: 'far.xlsx' }));
    expect(e.code).toBe('RELCAP_TOO_MANY_CELLS');
    expect(e.location).toMatchObject({ file: 'far.xlsx', column: 'XFD200000' });
    expect(e.location.expected).toContain(String(DEFAULT_IMPORT_LIMITS.maxCells));
  });

  it.each([false, true])('refuses a zip bomb (128 MiB unpacked; directory lies: %s) at the decompression limit', async (lie) => {
    const book = zipBombWorkbook(128, lie);
    expect(book.length).toBeLessThan(1 << 20);
    const e = await rejection(run(book, { file: 'bomb.xlsx' }));
    expect(e.code).toBe('RELCAP_XLSX_TOO_LARGE');
    expect(e.location.expected).toContain(String(DEFAULT_IMPORT_LIMITS.maxDecompressedBytes));
  });

  it('skips and counts people invited who never answered (SurveyXact), also in strict mode', async () => {
    const clean = await run(tools('surveyxact/semicolon-cp1252/dataset.csv'), { file: 'dataset.csv', ...SX_SIDES });
    const { summary } = await run(surveyXactWithInvited(), { file: 'dataset.csv', ...SX_SIDES });
    expect(clean.summary.answerCount).toBe(9 * 21);
    expect(summary.unanswered).toBe(2);
    expect(summary.rows).toBe(clean.summary.rows + 2);
    expect(summary.respondents).toBe(clean.summary.respondents);
    expect(summary.answerCount).toBe(clean.summary.answerCount);
  });

  it('skips every per-row problem of a survey-tool layout in lenient mode, and reports it', async () => {
    // Line 3 gets an answer off the scale (9 in a 1..5 column, no missing code declared).
    const text = tools('surveyxact/semicolon-cp1252/dataset.csv').toString('latin1').split('\n');
    text[2] = text[2]!.replace(/^(\d);\d;/, '$1;9;');
    const data = Buffer.from(text.join('\n'), 'latin1');
    const strict = await rejection(run(data, { file: 'dataset.csv', ...SX_SIDES }));
    expect(strict.location).toMatchObject({ line: 3, value: '9' });
    const { summary } = await run(data, { file: 'dataset.csv', ...SX_SIDES, mode: 'lenient' });
    expect(summary.issueCount).toBe(1);
    expect(summary.issues[0]!.location).toMatchObject({ file: 'dataset.csv', line: 3, value: '9' });
    const clean = await run(tools('surveyxact/semicolon-cp1252/dataset.csv'), { file: 'dataset.csv', ...SX_SIDES });
    expect(summary.respondents).toBe(clean.summary.respondents - 1);
    expect(summary.answerCount).toBe(clean.summary.answerCount - 21);
  });

  it('locates an unclosed quote with the cell text and keeps the rows after it (lenient)', async () => {
    const strict = await rejection(run(unclosedQuote(), { file: 'svar.csv' }));
    expect(strict.code).toBe('RELCAP_BAD_QUOTES');
    expect(strict.location).toMatchObject({ file: 'svar.csv', line: 4, column: 'value', value: '"4 (ret' });
    const { summary, answers } = await run(unclosedQuote(), { file: 'svar.csv', mode: 'lenient' });
    expect(summary.rows).toBe(5);
    expect(summary.issueCount).toBe(1);
    expect(answers.map((a) => a.respondentId)).toEqual(['R1', 'R2', 'R4', 'R5']);
  });

  it('reads a CRLF file with LF lines pasted after it, every line once', async () => {
    const { summary, answers } = await run(crlfLfMixture(), { file: 'svar.csv' });
    expect(summary.rows).toBe(4);
    expect(summary.lines).toBe(5);
    expect(answers.map((a) => [a.respondentId, a.value])).toEqual([
      ['R1', 4],
      ['R2', 5],
      ['R3', 3],
      ['R4', 2],
    ]);
  });

  it.each([10_000, 100_000])('scores a wide file of %i answer columns', async (columns) => {
    const scorer = createScorer({ minRaters: 1 });
    const summary = await importSurvey(wideSurvey(columns, 3), { file: 'wide.csv', onAnswer: (a) => scorer.add(a) });
    const score = scorer.finish();
    expect(summary.answerColumns).toBe(columns);
    expect(summary.answerCount).toBe(3 * columns);
    // R1 (Rolle 1) answered 3 everywhere; Rolle 1 -> Rolle 2 is R1's tie alone: rc = 3.
    expect(score.ties.find((t) => t.from === 'Rolle 1' && t.to === 'Rolle 2')?.rc).toBe(3);
    expect(score.roles).toHaveLength(Math.ceil(columns / 7));
  });
});

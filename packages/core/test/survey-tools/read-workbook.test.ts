import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SurveyFormatError } from '../../src/errors/index';
import { cellText, findSheet, readWorkbook } from '../../src/survey-tools/index';

const fixture = (p: string): Uint8Array => readFileSync(new URL(`../../../../tests/fixtures/tools/${p}`, import.meta.url));

async function rejection(p: Promise<unknown>): Promise<SurveyFormatError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SurveyFormatError) return e;
    throw e;
  }
  throw new Error('expected a SurveyFormatError');
}

describe('readWorkbook', () => {
  it('reads the four SurveyXact sheets in workbook order as text cells', async () => {
    const book = await readWorkbook(fixture('surveyxact/surveyxact.xlsx'), 'sx.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Labels', 'Variables', 'Dataset', 'Structure']);
    const data = findSheet(book, ' dataset ')!.table;
    expect(data.file).toBe('sx.xlsx#Dataset');
    // Header, then L1: role code 1, frequency of lærer/pædagog/sundhedsplejerske 5, 4, 3.
    expect(data.rows[0]?.slice(0, 4)).toEqual(['baggrund', 's_1', 's_2', 's_3']);
    expect(data.rows[1]?.slice(0, 4)).toEqual(['1', '5', '4', '3']);
    expect(data.lines.slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('keeps empty cells as empty strings and pads every row to the same width', async () => {
    const book = await readWorkbook(fixture('surveyxact/surveyxact.xlsx'));
    const rows = findSheet(book, 'Dataset')!.table.rows;
    const widths = new Set(rows.map((r) => r.length));
    expect(widths.size).toBe(1);
    // Row 5 is L2; s_6 (timeliness -> sundhedsplejerske; s_1..s_3 are frequency, s_4..s_6 timeliness) was left blank (answers.mjs D2).
    const header = rows[0]!;
    expect(rows[4]?.[header.indexOf('s_6')]).toBe('');
    // s_3 (frequency -> sundhedsplejerske) was "Ved ikke", code 6.
    expect(rows[4]?.[header.indexOf('s_3')]).toBe('6');
  });

  it('keeps Danish letters and turns dates into YYYY-MM-DD hh:mm:ss', async () => {
    const book = await readWorkbook(fixture('microsoft-forms/forms.xlsx'));
    const rows = book.sheets[0]!.table.rows;
    expect(rows[0]?.[6]).toBe('Lærerne kommunikerer ofte nok med mig om arbejdet');
    expect(rows[1]?.[1]).toBe('2025-03-03 09:10:02');
    expect(rows[1]?.[7]).toBe('I meget høj grad');
  });

  it('rejects a truncated workbook with a SurveyFormatError naming the file', async () => {
    const err = await rejection(readWorkbook(fixture('bad/truncated.xlsx'), 'truncated.xlsx'));
    expect(err.code).toBe('RELCAP_XLSX_UNREADABLE');
    expect(err.location.file).toBe('truncated.xlsx');
  });

  it('rejects CSV text and old .xls files before trying to unzip them', async () => {
    const csv = await rejection(readWorkbook(new TextEncoder().encode('a;b\n1;2\n'), 'x.xlsx'));
    expect(csv.code).toBe('RELCAP_XLSX_NOT_ZIP');
    const xls = await rejection(readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls'));
    expect(xls.code).toBe('RELCAP_XLSX_OLD_FORMAT');
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    [4, '4'],
    [55.67, '55.67'],
    ['Ved ikke', 'Ved ikke'],
    [true, 'true'],
    [new Date(Date.UTC(2025, 2, 3, 9, 5, 7)), '2025-03-03 09:05:07'],
    [{ richText: [{ text: 'I høj ' }, { text: 'grad' }] }, 'I høj grad'],
    [{ formula: 'A1+1', result: 5 }, '5'],
    [{ text: 'link', hyperlink: 'https://example.org' }, 'link'],
    [{ error: '#N/A' }, '#N/A'],
  ])('cellText(%o) is %o', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

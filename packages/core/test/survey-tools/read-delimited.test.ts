import { describe, expect, it } from 'vitest';
import { SurveyFormatError } from '../../src/errors/index';
import { sniffText } from '../../src/survey/sniff-text';
import { parseDelimitedText, readDelimited } from '../../src/survey-tools/index';
import { fixture, thrownBy } from './fixtures';

// One sniffer for every layout (issue 9): the survey reader's sniffText.
describe('sniffText on survey-tool headers', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1;2;3', ';'],
    ['a\tb\tc', '\t'],
    ['"x;y",b,c', ','],
    ['single', ','],
  ])('sniffText(%j) is %j', (text, d) => {
    expect(sniffText(text, true)?.delimiter).toBe(d);
  });
});

describe('parseDelimitedText', () => {
  it('gives each row the line it starts on, with line breaks inside quotes (read as \\n)', () => {
    const t = parseDelimitedText('a;b\r\n1;"x\r\ny"\r\n\r\n2;z\r\n', ';');
    expect(t.rows).toEqual([
      ['a', 'b'],
      ['1', 'x\ny'],
      ['2', 'z'],
    ]);
    // Row 2 spans lines 2-3, line 4 is blank, row 3 is on line 5.
    expect(t.lines).toEqual([1, 2, 5]);
  });

  it('reports an unterminated quote with its line, column and the cell as far as its line goes', () => {
    const err = thrownBy(SurveyFormatError, () => parseDelimitedText('a;b\n1;2\n3;"open\n4;5\n', ';', 'x.csv'));
    expect(err.code).toBe('RELCAP_BAD_QUOTES');
    expect(err.location).toMatchObject({ file: 'x.csv', line: 3, column: '2', value: '"open' });
  });
});

describe('readDelimited', () => {
  it.each([
    ['surveyxact/semicolon-cp1252/labels.csv', 'windows-1252', ';'],
    // The dataset holds only ASCII codes: valid UTF-8, and the same text either way.
    ['surveyxact/semicolon-cp1252/dataset.csv', 'utf-8', ';'],
    ['surveyxact/tab-utf16/dataset.txt', 'utf-16le', '\t'],
    ['qualtrics/numeric.csv', 'utf-8', ','],
    ['redcap/raw.csv', 'utf-8', ';'],
    ['microsoft-forms/danish-excel-cp1252.csv', 'windows-1252', ';'],
    ['microsoft-forms/danish-excel-utf8.csv', 'utf-8', ';'],
  ])('reads %s as %s with delimiter %j', (path, encoding, delimiter) => {
    const t = readDelimited(fixture(path), { file: path });
    expect(t.encoding).toBe(encoding);
    expect(t.delimiter).toBe(delimiter);
    expect(t.rows.every((r) => r.length === t.rows[0]?.length)).toBe(true);
  });

  it('keeps Danish letters of a Windows-1252 Danish Excel file', () => {
    const t = readDelimited(fixture('microsoft-forms/danish-excel-cp1252.csv'));
    expect(t.rows[0]?.[6]).toBe('Lærerne kommunikerer ofte nok med mig om arbejdet');
    expect(t.rows[2]?.[5]).toBe('Pædagog');
  });

  it('keeps the line break inside the quoted Qualtrics question text', () => {
    const t = readDelimited(fixture('qualtrics/numeric.csv'));
    expect(t.rows[1]?.[18]).toBe('Hvor ofte kommunikerer disse faggrupper med dig\nom arbejdet med børnene? - Lærer');
    // Row 2 starts on line 2 and holds 3 line breaks (the frequency question over its 3
    // statements), so the import-id row starts on line 2 + 3 + 1 = 6.
    expect(t.lines[2]).toBe(6);
  });
});

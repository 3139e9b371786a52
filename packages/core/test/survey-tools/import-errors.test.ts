import { describe, expect, it } from 'vitest';
import { MappingError, OptionsError, SurveyFormatError } from '../../src/errors/index';
import { importFromTool, readToolInput, type ToolMapping } from '../../src/survey-tools/index';
import { fixture, rejectedWith, thrownBy } from './fixtures';
import { TOOL_CASES } from './tool-inputs';

const file = (p: string) => ({ bytes: fixture(p), file: p });
const sxData = 'surveyxact/semicolon-cp1252/dataset.csv';
const sxStructure = file('surveyxact/semicolon-cp1252/structure.csv');
const qualtrics = TOOL_CASES.find((c) => c.name === 'Qualtrics numeric')!;

describe('importFromTool refuses bad input with a located error', () => {
  it('a UTF-16 file without a byte order mark', async () => {
    const err = await rejectedWith(SurveyFormatError, readToolInput(file('bad/utf16le-no-bom.txt')));
    expect(err.code).toBe('RELCAP_UTF16_NO_BOM');
    expect(err.location).toMatchObject({ file: 'bad/utf16le-no-bom.txt', line: 1 });
  });

  it('a truncated workbook', async () => {
    const err = await rejectedWith(SurveyFormatError, readToolInput(file('bad/truncated.xlsx')));
    expect(err.code).toBe('RELCAP_XLSX_UNREADABLE');
    expect(err.location.file).toBe('bad/truncated.xlsx');
  });

  it('a labels table that contradicts the data (role code 3 is not labelled)', async () => {
    const input = await readToolInput(file(sxData), { labels: file('bad/labels-contradict.csv') });
    const err = thrownBy(SurveyFormatError, () => importFromTool(input));
    expect(err.code).toBe('RELCAP_LABELS_CONTRADICT');
    // S1 (role 3) is the third respondent: data line 4 (header on line 1).
    expect(err.location).toMatchObject({ file: sxData, line: 4, column: 'baggrund', value: '3' });
    expect(err.location.expected).toBe('one of the labelled codes 1, 2');
  });

  it('a labels table whose label says another answer than its code', async () => {
    const input = await readToolInput(file(sxData), { structure: sxStructure });
    const labels = { file: 'labels.csv', rows: [['baggrund', '1', 'Lærer'], ['s_1', '1', 'Konstant']], lines: [1, 2] };
    const err = thrownBy(SurveyFormatError, () => importFromTool({ ...input, labels }));
    expect(err.code).toBe('RELCAP_LABELS_CONTRADICT');
    // "Konstant" is 5 on the classic frequency scale, not 1.
    expect(err.location).toMatchObject({ file: 'labels.csv', line: 2, column: 's_1', value: '1 = Konstant' });
  });

  it('a "Ved ikke" label on a code that is a scale value (5 on 1..5)', async () => {
    const input = await readToolInput(file(sxData), { labels: file('bad/labels-ved-ikke-5.csv'), structure: sxStructure });
    const err = thrownBy(SurveyFormatError, () => importFromTool(input));
    expect(err.code).toBe('RELCAP_MISSING_CODE_ON_SCALE');
    // Lines 1-3 label the roles, 4-7 codes 1-4 of s_1, line 8 is "s_1;5;Ved ikke".
    expect(err.location).toMatchObject({ file: 'bad/labels-ved-ikke-5.csv', line: 8, column: 's_1' });
  });

  it('a declared missing code that is a scale value', async () => {
    const input = await qualtrics.input();
    const err = thrownBy(OptionsError, () => importFromTool(input, { mapping: qualtrics.mapping!, missingCodes: ['3'] }));
    expect(err.code).toBe('RELCAP_MISSING_CODE_ON_SCALE');
    expect(err.location).toMatchObject({ path: 'missingCodes', value: '3', column: 'Q3_1' });
  });

  it('a missing code in the mapping that is an answer label', async () => {
    const c = TOOL_CASES.find((t) => t.name === 'Qualtrics choice text')!;
    const input = await c.input();
    const proposed = importFromTool(input).mapping;
    const mapping: ToolMapping = { ...proposed, missingCodes: ['aldrig'], file: 'm.json' };
    const err = thrownBy(MappingError, () => importFromTool(input, { mapping }));
    expect(err.code).toBe('RELCAP_MISSING_CODE_ON_SCALE');
    expect(err.location).toMatchObject({ file: 'm.json', path: 'missingCodes', value: 'aldrig' });
  });

  it('a code outside the scale that nobody declared missing', async () => {
    const { missingCodes: _, ...withoutCodes } = qualtrics.mapping!;
    const input = await qualtrics.input();
    const e = thrownBy(SurveyFormatError, () => importFromTool(input, { mapping: withoutCodes }));
    expect(e.code).toBe('RELCAP_OUT_OF_RANGE');
    // Header rows take lines 1-6 (row 2 spans 4 lines); S1 is the third respondent, line 9, and
    // answered "Ved ikke" (99) on shared_knowledge (Q8) about sundhedsplejerske (statement _4).
    expect(e.location).toMatchObject({ file: 'qualtrics/numeric.csv', line: 9, column: 'Q8_4', value: '99' });
  });

  it('a role code without a role', async () => {
    const input = await qualtrics.input();
    const err = thrownBy(MappingError, () => importFromTool(input, { missingCodes: ['99', '-99'] }));
    expect(err.code).toBe('RELCAP_ROLE_CODE_UNNAMED');
    expect(err.location).toMatchObject({ line: 7, column: 'Q1', value: '1' });
  });

  it('an answer label that is on no scale', () => {
    const data = { file: 'f.csv', rows: [['id', 'rolle', 'Lærerne deler mine mål'], ['1', 'Pædagog', 'Temmelig meget']], lines: [1, 2] };
    const err = thrownBy(SurveyFormatError, () => importFromTool({ data }));
    expect(err.code).toBe('RELCAP_UNKNOWN_LABEL');
    expect(err.location).toMatchObject({ file: 'f.csv', line: 2, column: 'Lærerne deler mine mål', value: 'Temmelig meget' });
  });

  it('a mapped column the file does not have, named by the mapping path', async () => {
    const input = await qualtrics.input();
    const mapping: ToolMapping = { ...qualtrics.mapping!, columns: { Q3_3: { dimension: 'frequency', target: 'lærer' } } };
    const err = thrownBy(MappingError, () => importFromTool(input, { mapping }));
    expect(err.code).toBe('RELCAP_MISSING_COLUMN');
    expect(err.location).toMatchObject({ file: 'qualtrics/numeric.mapping.json', path: 'columns["Q3_3"]', value: 'Q3_3' });
  });

  it('a repeated respondent id', () => {
    const data = { rows: [['id', 'rolle', 'mål'], ['7', 'Pædagog', '4'], ['7', 'Lærer', '3']], lines: [1, 2, 3] };
    const mapping: ToolMapping = {
      version: 1,
      respondentId: 'id',
      respondentRole: 'rolle',
      columns: { mål: { dimension: 'shared_goals', target: 'lærer' } },
      ignore: [],
    };
    const err = thrownBy(SurveyFormatError, () => importFromTool({ data }, { mapping }));
    expect(err.code).toBe('RELCAP_DUPLICATE_RESPONDENT');
    expect(err.location).toMatchObject({ line: 3, column: 'id', value: '7', expected: 'a unique id (line 2 has it too)' });
  });
});

describe('importFromTool with the user\'s own label sets', () => {
  const data = {
    file: 'f.csv',
    rows: [
      ['id', 'rolle', 'Lærerne deler mine mål'],
      ['1', 'Pædagog', 'nogle gange'],
      ['2', 'Pædagog', 'Næsten  altid'],
    ],
    lines: [1, 2, 3],
  };
  const mapping = (labelSets: Record<string, Record<string, number>>): ToolMapping => ({
    version: 1,
    respondentRole: 'rolle',
    labelSet: 'ofte',
    labelSets,
    columns: { 'Lærerne deler mine mål': { dimension: 'shared_goals', target: 'lærer' } },
    ignore: [],
    file: 'm.json',
  });

  it('reads answers through a label set defined in the mapping, case and spaces ignored', () => {
    const sets = { ofte: { 'Næsten aldrig': 1, Sjældent: 2, 'Nogle gange': 3, Ofte: 4, 'Næsten altid': 5 } };
    const { answers, report } = importFromTool({ data }, { mapping: mapping(sets) });
    expect(answers.map((a) => a.value)).toEqual([3, 5]);
    expect(report.labelSets).toEqual({ ofte: 1 });
  });

  it('refuses a label set that scores off the dimension scale', () => {
    const err = thrownBy(MappingError, () => importFromTool({ data }, { mapping: mapping({ ofte: { 'Nogle gange': 3, Altid: 7 } }) }));
    expect(err.code).toBe('RELCAP_LABEL_SET_OFF_SCALE');
    expect(err.location).toMatchObject({ file: 'm.json', path: 'labelSets["ofte"]', value: '7' });
  });
});

import { describe, expect, it } from 'vitest';
import { OptionsError, SurveyFormatError } from '../../src/errors/index';
import { readDelimited, readWorkbook, shapeTable } from '../../src/survey-tools/index';
import { fixture, thrownBy } from './fixtures';

const table = (p: string) => readDelimited(fixture(p), { file: p });
const sx = (dir: string, ext: string) => ({
  data: table(`surveyxact/${dir}/dataset.${ext}`),
  labels: table(`surveyxact/${dir}/labels.${ext}`),
  structure: table(`surveyxact/${dir}/structure.${ext}`),
});

describe('shapeTable', () => {
  it('reads Qualtrics names, question texts and skips the import-id row', () => {
    const t = shapeTable({ data: table('qualtrics/numeric.csv') });
    expect(t.tool).toBe('qualtrics');
    expect(t.reason).toMatch(/^detected qualtrics: /);
    expect(t.rows).toHaveLength(9);
    expect(t.idColumn).toBe('ResponseId');
    const q = t.columns.find((c) => c.name === 'Q3_4');
    expect(q?.text).toBe('Hvor ofte kommunikerer disse faggrupper med dig\nom arbejdet med børnene? - Sundhedsplejerske');
    expect(t.columns.find((c) => c.name === 'StartDate')?.meta).toBe(true);
    expect(t.columns.find((c) => c.name === 'Q1')?.meta).toBeUndefined();
  });

  it('names SurveyMonkey matrix columns "<question> - <row>" from its two header rows', () => {
    const t = shapeTable({ data: table('surveymonkey/english.csv') });
    expect(t.tool).toBe('surveymonkey');
    const names = t.columns.map((c) => c.name);
    expect(names[9]).toBe('What is your professional background?');
    expect(names[10]).toBe('How often do these professions communicate with you about your work? - Teacher');
    // The block's question text is carried over the blank cells after its first column.
    expect(names[12]).toBe('How often do these professions communicate with you about your work? - Health visitor');
    expect(t.columns.slice(0, 9).every((c) => c.meta === true)).toBe(true);
    expect(t.rows).toHaveLength(9);
    expect(t.lines[0]).toBe(3);
  });

  it.each([
    ['semicolon-cp1252', 'csv'],
    ['tab-utf16', 'txt'],
  ])('reads SurveyXact %s: texts from the structure, labels, no phantom column', (dir, ext) => {
    const t = shapeTable(sx(dir, ext));
    expect(t.tool).toBe('surveyxact');
    expect(t.columns.map((c) => c.name).at(-1)).toBe('stato_5');
    expect(t.notes.some((n) => n.includes('dropped 1 empty column'))).toBe(true);
    const s1 = t.columns.find((c) => c.name === 's_1');
    expect(s1?.text).toBe('Hvor ofte kommunikerer disse faggrupper med dig om arbejdet med børnene? - Lærer');
    expect(s1?.valueLabels?.find((v) => v.code === '6')?.label).toBe('Ved ikke');
    expect(t.columns.find((c) => c.name === 'baggrund')?.valueLabels?.map((v) => v.label)).toEqual([
      'Lærer',
      'Pædagog',
      'Sundhedsplejerske',
    ]);
  });

  it('reads the SurveyXact workbook from its Dataset, Labels and Structure sheets', async () => {
    const t = shapeTable({ data: await readWorkbook(fixture('surveyxact/surveyxact.xlsx'), 'sx.xlsx') });
    expect(t.tool).toBe('surveyxact');
    expect(t.file).toBe('sx.xlsx#Dataset');
    expect(t.columns.find((c) => c.name === 's_21')?.text).toContain('respekterer');
    expect(t.columns.find((c) => c.name === 's_21')?.valueLabels?.[0]?.file).toBe('sx.xlsx#Labels');
  });

  it('uses the preset the user forces, and says so', () => {
    const t = shapeTable({ data: table('redcap/raw.csv') }, { tool: 'generic' });
    expect(t.tool).toBe('generic');
    expect(t.reason).toBe('preset "generic" forced by the user');
    expect(t.columns.every((c) => c.meta === undefined)).toBe(true);
  });

  it('rejects an unknown preset and an unknown sheet', async () => {
    const data = table('redcap/raw.csv');
    // @ts-expect-error: a preset name from the command line that is not a ToolKey
    expect(thrownBy(OptionsError, () => shapeTable({ data }, { tool: 'limesurvey' })).code).toBe('RELCAP_UNKNOWN_TOOL');
    const book = await readWorkbook(fixture('microsoft-forms/forms.xlsx'));
    const err = thrownBy(OptionsError, () => shapeTable({ data: book }, { sheet: 'Ark1' }));
    expect(err.location.expected).toContain('"Sheet1"');
  });

  it('reports a labels row without a value with its file and line', () => {
    const labels = { file: 'labels.csv', rows: [['baggrund', '1', 'Lærer'], ['baggrund', '', 'Pædagog']], lines: [1, 2] };
    const err = thrownBy(SurveyFormatError, () => shapeTable({ data: table('surveyxact/semicolon-cp1252/dataset.csv'), labels }));
    expect(err.code).toBe('RELCAP_SX_LABELS_ROW');
    expect(err.location).toMatchObject({ file: 'labels.csv', line: 2 });
  });

  it('reports a value labelled twice, naming both lines', () => {
    const labels = { file: 'labels.csv', rows: [['baggrund', '1', 'Lærer'], ['baggrund', '1', 'Pædagog']], lines: [1, 2] };
    const err = thrownBy(SurveyFormatError, () => shapeTable({ data: table('surveyxact/semicolon-cp1252/dataset.csv'), labels }));
    expect(err.code).toBe('RELCAP_SX_LABELS_TWICE');
    expect(err.location).toMatchObject({ line: 2, column: 'baggrund' });
    expect(err.location.expected).toContain('line 1');
  });
});

import { describe, expect, it } from 'vitest';
import { detectTool, readDelimited, readWorkbook } from '../../src/survey-tools/index';
import { fixture } from './fixtures';

describe('detectTool', () => {
  it.each([
    ['qualtrics/numeric.csv', 'qualtrics', 'ImportId'],
    ['qualtrics/choice-text.csv', 'qualtrics', 'ImportId'],
    ['redcap/raw.csv', 'redcap', 'rc_survey_complete'],
    ['surveymonkey/english.csv', 'surveymonkey', 'Collector ID'],
    ['microsoft-forms/danish-excel-cp1252.csv', 'microsoft-forms', 'Completion time'],
    ['microsoft-forms/danish-excel-utf8.csv', 'microsoft-forms', 'Start time'],
    ['surveyxact/semicolon-cp1252/dataset.csv', 'surveyxact', 'stato_1'],
    ['surveyxact/tab-utf16/dataset.txt', 'surveyxact', 'stato_1'],
    ['mystery/mystery.csv', 'generic', 'no survey tool signature'],
  ])('recognises %s as %s and names the deciding header (%s)', (path, tool, cue) => {
    const t = readDelimited(fixture(path));
    const d = detectTool({ rows: t.rows.slice(0, 3) });
    expect(d.tool).toBe(tool);
    expect(d.reason).toContain(cue);
  });

  it('recognises workbooks by their header and sheet names', async () => {
    const forms = await readWorkbook(fixture('microsoft-forms/forms.xlsx'));
    expect(detectTool({ rows: forms.sheets[0]!.table.rows.slice(0, 3) }).tool).toBe('microsoft-forms');
    const sx = await readWorkbook(fixture('surveyxact/surveyxact.xlsx'));
    const names = sx.sheets.map((s) => s.name);
    // The Labels sheet (first) has no header; the sheet names decide.
    expect(detectTool({ rows: sx.sheets[0]!.table.rows.slice(0, 3), sheetNames: names })).toMatchObject({
      tool: 'surveyxact',
      reason: expect.stringContaining('Dataset'),
    });
  });

  it.each([
    [[['StartDate', 'EndDate', 'Finished', 'ResponseId', 'Q1']], 'qualtrics'],
    [[['Record ID', 'Hvad er din faglige baggrund?', 'Complete?']], 'redcap'],
    [[['participant', 'redcap_event_name', 'baseline_complete']], 'redcap'],
    [[['Id', 'Starttidspunkt', 'Fuldførelsestidspunkt', 'Mail', 'Navn', 'Spørgsmål']], 'microsoft-forms'],
    [[['s_1', 's_2', 's_3', 's_4']], 'surveyxact'],
    [[['id', 'rolle', 'hyppighed']], 'generic'],
    [[], 'generic'],
  ])('header %j is %s', (rows, tool) => {
    expect(detectTool({ rows }).tool).toBe(tool);
  });

  it('takes a SurveyXact labels table as a sign of SurveyXact', () => {
    expect(detectTool({ rows: [['baggrund', 'q_a', 'q_b']], hasSurveyXactTables: true }).tool).toBe('surveyxact');
  });
});

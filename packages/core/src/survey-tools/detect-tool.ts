import type { ToolDetection } from './types';

const norm = (s: string): string => s.trim().toLowerCase();

/** The nine metadata columns SurveyMonkey puts before the answers. */
export const SURVEYMONKEY_META_COLUMNS: readonly string[] = [
  'Respondent ID',
  'Collector ID',
  'Start Date',
  'End Date',
  'IP Address',
  'Email Address',
  'First Name',
  'Last Name',
  'Custom Data 1',
];

/** Microsoft Forms metadata columns, English and Danish names. */
export const FORMS_META_COLUMNS: readonly string[] = [
  'ID',
  'Start time',
  'Completion time',
  'Email',
  'Name',
  'Last modified time',
  'Starttidspunkt',
  'Fuldførelsestidspunkt',
  'Tidspunkt for fuldførelse',
  'Mail',
  'Navn',
  'Tidspunkt for seneste ændring',
];

/** What a caller knows about the input besides its first rows. */
export interface DetectInput {
  /** The first rows of the table (three are enough). */
  readonly rows: readonly (readonly string[])[];
  /** Sheet names, when the input is a workbook. */
  readonly sheetNames?: readonly string[];
  /** Whether a SurveyXact labels or structure table came with the data. */
  readonly hasSurveyXactTables?: boolean;
}

/**
 * Recognises the survey tool from the header rows (and sheet names of a workbook), and says why.
 * Signatures, strongest first: Qualtrics' third header row of `{"ImportId":...}` JSON; SurveyMonkey's
 * `Respondent ID` + `Collector ID`; REDCap's `record_id` first with a `*_complete` column;
 * Microsoft Forms' `ID`, `Start time`, `Completion time`; SurveyXact's `stato_*` or `s_<n>` names,
 * its sheets (Dataset with Labels or Structure) or its labels/structure tables. Anything else is
 * `generic` (one header row). Detection only proposes: every preset can be forced.
 *
 * @example
 * ```ts
 * detectTool({ rows: [['record_id', 'profession', 'rc_complete']] });
 * // { tool: 'redcap', reason: 'first column is "record_id" and "rc_complete" is a REDCap form status column' }
 * ```
 */
export function detectTool(input: DetectInput): ToolDetection {
  const header = (input.rows[0] ?? []).map((c) => c.trim());
  const lower = header.map(norm);
  const third = input.rows[2] ?? [];
  const importIds = third.filter((c) => /^\{\s*"ImportId"\s*:/.test(c.trim())).length;
  if (importIds > 0) {
    return {
      tool: 'qualtrics',
      reason: `row 3 holds ${importIds} Qualtrics {"ImportId":...} cells (three header rows: names, question texts, import ids)`,
    };
  }
  if (lower.includes('responseid') && lower.includes('startdate') && lower.includes('finished')) {
    return { tool: 'qualtrics', reason: 'header has Qualtrics columns "StartDate", "Finished" and "ResponseId"' };
  }
  if (lower[0] === 'respondent id' && lower.includes('collector id')) {
    return { tool: 'surveymonkey', reason: 'header starts with SurveyMonkey\'s "Respondent ID" and "Collector ID"' };
  }
  const complete = header.find((c) => /_complete$/i.test(c));
  if (lower[0] === 'record_id' || lower[0] === 'record id' || (complete !== undefined && lower.some((c) => c.startsWith('redcap_')))) {
    const why = complete !== undefined ? ` and "${complete}" is a REDCap form status column` : '';
    return { tool: 'redcap', reason: `first column is "${header[0]}"${why}` };
  }
  const formsNames = ['id', 'start time', 'completion time', 'starttidspunkt', 'fuldførelsestidspunkt'];
  const formsHits = header.filter((c) => formsNames.includes(norm(c)));
  if (formsHits.length >= 3 || (lower[0] === 'id' && formsHits.length >= 2)) {
    return {
      tool: 'microsoft-forms',
      reason: `header has Microsoft Forms columns ${formsHits.map((c) => `"${c}"`).join(', ')}`,
    };
  }
  const sheets = (input.sheetNames ?? []).map(norm);
  if (sheets.includes('dataset') && (sheets.includes('labels') || sheets.includes('structure'))) {
    return { tool: 'surveyxact', reason: 'workbook has SurveyXact sheets "Dataset" with "Labels"/"Structure"' };
  }
  const stato = header.filter((c) => /^stato_\d+$/i.test(c));
  if (stato.length > 0) {
    return { tool: 'surveyxact', reason: `header has SurveyXact status columns (${stato.join(', ')})` };
  }
  if (input.hasSurveyXactTables === true) {
    return { tool: 'surveyxact', reason: 'a SurveyXact labels or structure table was given' };
  }
  const sNames = header.filter((c) => /^s_\d+$/i.test(c));
  if (sNames.length >= 3 && sNames.length >= header.filter((c) => c !== '').length / 2) {
    return { tool: 'surveyxact', reason: `most columns have SurveyXact names s_<n> (${sNames.slice(0, 3).join(', ')}, ...)` };
  }
  return { tool: 'generic', reason: 'no survey tool signature in the header; reading one header row of column names' };
}

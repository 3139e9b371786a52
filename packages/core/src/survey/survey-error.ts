import { type ErrorLocation, SurveyFormatError } from '../errors/relcap-error';

/**
 * Stable codes of the problems the survey importer reports (see docs/survey-import.md).
 * Fatal ones (the file cannot be read at all) throw in every mode; the others throw in strict
 * mode and are collected in lenient mode.
 *
 * @example
 * ```ts
 * if (e instanceof SurveyFormatError && SURVEY_ISSUE_CODES.includes(e.code as SurveyIssueCode)) showCell(e.location);
 * ```
 */
export const SURVEY_ISSUE_CODES = [
  'RELCAP_BAD_ENCODING',
  'RELCAP_UTF16_NO_BOM',
  'RELCAP_EMPTY_FILE',
  'RELCAP_NO_DATA_ROWS',
  'RELCAP_MISSING_COLUMN',
  'RELCAP_DUPLICATE_COLUMN',
  'RELCAP_UNKNOWN_COLUMN',
  'RELCAP_BAD_QUOTES',
  'RELCAP_RECORD_TOO_LONG',
  'RELCAP_RAGGED_ROW',
  'RELCAP_MISSING_VALUE',
  'RELCAP_UNKNOWN_DIMENSION',
  'RELCAP_OUT_OF_RANGE',
  'RELCAP_UNKNOWN_LABEL',
  'RELCAP_INCONSISTENT_ROLE',
] as const;

/**
 * One of {@link SURVEY_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: SurveyIssueCode = 'RELCAP_OUT_OF_RANGE';
 * ```
 */
export type SurveyIssueCode = (typeof SURVEY_ISSUE_CODES)[number];

/** Where a cell is; fields left `undefined` are omitted from the error's location. Internal. */
export interface CellPlace {
  readonly file: string | undefined;
  readonly line?: number | undefined;
  readonly column?: string | undefined;
  readonly value?: string | undefined;
  readonly expected?: string | undefined;
}

/** Builds a location without `undefined` fields. Internal. */
export function cellLocation(p: CellPlace): ErrorLocation {
  const loc: { -readonly [K in keyof ErrorLocation]: ErrorLocation[K] } = {};
  if (p.file !== undefined) loc.file = p.file;
  if (p.line !== undefined) loc.line = p.line;
  if (p.column !== undefined) loc.column = p.column;
  if (p.value !== undefined) loc.value = p.value;
  if (p.expected !== undefined) loc.expected = p.expected;
  return loc;
}

/**
 * Creates a survey import error with the module prefix `survey: ` and a located message.
 *
 * @example
 * ```ts
 * surveyError('RELCAP_OUT_OF_RANGE', 'value is not on the scale', { file: 'a.csv', line: 3 });
 * ```
 */
export function surveyError(code: SurveyIssueCode, message: string, place: CellPlace): SurveyFormatError {
  return new SurveyFormatError(code, `survey: ${message}`, cellLocation(place));
}

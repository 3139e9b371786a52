import type { SurveyFormatError } from '../errors/relcap-error';
import type { ToolImportReport } from '../survey-tools/import-from-tool';
import type { ToolKey } from '../survey-tools/types';
import type { SurveyDelimiter, SurveyEncoding, SurveyFormat } from './import-options';
import type { Answer } from './types';

/**
 * Number of respondents who gave a role.
 *
 * @example
 * ```ts
 * parseSurvey(text).respondentRoles; // [{ role: 'Lærer', respondents: 10 }, ...]
 * ```
 */
export interface RoleCount {
  /** The role as the survey (or the mapping) wrote it: what a table shows. */
  readonly role: string;
  /** Catalogue key of the role (`lærer`), or the role itself when the catalogue does not know it. */
  readonly key: string;
  readonly respondents: number;
}

/**
 * What an import read, without the answers themselves (constant size in the number of answers;
 * the role lists grow with the number of roles).
 *
 * @example
 * ```ts
 * const s = await streamSurvey(chunks, (a) => scorer.add(a));
 * console.log(`${s.answerCount} answers from ${s.respondents} respondents, ${s.missing} missing`);
 * ```
 */
export interface ImportSummary {
  readonly file: string | undefined;
  /** `undefined`: relcap long or wide format; else the survey tool whose layout was read. */
  readonly tool: ToolKey | undefined;
  /** Why the file was read this way (the layout detected, or forced), in plain words. */
  readonly reason: string;
  readonly format: SurveyFormat;
  readonly delimiter: SurveyDelimiter;
  /** How bytes were decoded; `string` when the input was already text. */
  readonly encoding: SurveyEncoding | 'string';
  /** Whether the input started with a byte order mark. */
  readonly bom: boolean;
  /** Header cells, trimmed. */
  readonly header: readonly string[];
  /** Data records read (blank lines not counted), bad ones and unanswered ones included. */
  readonly rows: number;
  /** Rows skipped because the person was invited but never answered (no role, no answer). */
  readonly unanswered: number;
  /** Physical lines read, header and blank lines included. */
  readonly lines: number;
  /** Answers emitted (missing ones included). */
  readonly answerCount: number;
  /** Answers emitted with `value: null` (empty cell or missing token). */
  readonly missing: number;
  /** Distinct respondent ids. */
  readonly respondents: number;
  /** Respondents per role, in order of first appearance. */
  readonly respondentRoles: readonly RoleCount[];
  /** Target roles answered about, in order of first appearance. */
  readonly targetRoles: readonly string[];
  /** Every role (respondent and target) as written, with its catalogue key. */
  readonly roleKeys: readonly { readonly role: string; readonly key: string }[];
  /** Wide: number of answer columns; long: 1. */
  readonly answerColumns: number;
  /** Columns skipped: listed in `ignoreColumns` / the mapping's `ignore`, or unknown (lenient). */
  readonly ignoredColumns: readonly string[];
  /** Problems found in lenient mode (the first `maxIssues`). Strict mode throws instead. */
  readonly issues: readonly SurveyFormatError[];
  /** Number of problems found, also those beyond `maxIssues`. */
  readonly issueCount: number;
  /** What the survey-tool path did (preset, missing codes, label sets); `undefined` for relcap files. */
  readonly toolReport: ToolImportReport | undefined;
}

/**
 * A whole survey read at once (`parseSurvey`): the summary plus every answer, in file order
 * (wide: row by row, left to right).
 *
 * @example
 * ```ts
 * const { answers, issues } = parseSurvey(text, { mode: 'lenient' });
 * ```
 */
export interface ParsedSurvey extends ImportSummary {
  readonly answers: readonly Answer[];
}

/**
 * Reading progress, e.g. for a progress bar.
 *
 * @example
 * ```ts
 * const { bytes, answerCount } = reader.progress();
 * ```
 */
export interface ImportProgress {
  /** Bytes (or, for text chunks, characters) pushed so far. */
  readonly bytes: number;
  /** Physical lines fully read. */
  readonly lines: number;
  readonly rows: number;
  readonly answerCount: number;
  readonly issueCount: number;
}

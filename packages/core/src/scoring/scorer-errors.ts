import type { DimensionSet } from '../dimensions/types';
import type { ErrorLocation } from '../errors/relcap-error';
import { SurveyFormatError } from '../errors/relcap-error';
import type { Answer } from '../survey/types';
import type { ScoreIssue } from './survey-score';

/** The location of an answer, as far as its `source` tells. Internal. */
export function answerLocation(a: Answer, value: string, expected: string): ErrorLocation {
  const s = a.source;
  if (s === undefined) return { value, expected };
  return s.file === undefined
    ? { line: s.line, column: s.column, value, expected }
    : { file: s.file, line: s.line, column: s.column, value, expected };
}

const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));

/** An answer value that is neither null nor an integer on the dimension's scale. */
export function badValueError(a: Answer, min: number, max: number): SurveyFormatError {
  return new SurveyFormatError(
    'RELCAP_VALUE_OUT_OF_RANGE',
    `scoring: answer of respondent "${a.respondentId}" on "${a.dimension}" is not an integer ${min}..${max} or null`,
    answerLocation(a, shown(a.value), `an integer ${min}..${max}, or null for a missing answer`),
  );
}

/** An answer about a dimension the chosen set does not have. */
export function unknownDimensionError(a: Answer, set: DimensionSet): SurveyFormatError {
  return new SurveyFormatError(
    'RELCAP_UNKNOWN_DIMENSION',
    `scoring: dimension "${shown(a.dimension)}" is not in the dimension set "${set.key}"`,
    answerLocation(a, shown(a.dimension), `one of ${set.dimensions.map((d) => d.key).join(', ')}`),
  );
}

/** A respondent id or role that is not a non-empty string. */
export function missingFieldError(a: Answer, field: 'respondentId' | 'respondentRole' | 'targetRole'): SurveyFormatError {
  return new SurveyFormatError(
    'RELCAP_MISSING_FIELD',
    `scoring: answer has no ${field}`,
    answerLocation(a, shown(a[field]), 'a non-empty string'),
  );
}

/** The same respondent answered the same target role and dimension twice. */
export function duplicateError(a: Answer, firstLine: number | undefined, lenient: boolean): SurveyFormatError {
  const first = firstLine === undefined ? 'earlier' : `at line ${firstLine}`;
  const kept = lenient ? '; the first answer is kept' : '';
  return new SurveyFormatError(
    'RELCAP_DUPLICATE_ANSWER',
    `scoring: respondent "${a.respondentId}" answered "${a.dimension}" about role "${a.targetRole}" twice (first ${first})${kept}`,
    answerLocation(a, shown(a.value), 'one answer per respondent, target role and dimension'),
  );
}

/** A respondent whose role differs from the role given with their first answer. */
export function inconsistentRoleError(a: Answer, firstRole: string, firstLine: number, lenient: boolean): SurveyFormatError {
  const at = firstLine > 0 ? ` at line ${firstLine}` : '';
  const kept = lenient ? `; "${firstRole}" is kept` : '';
  const loc = answerLocation(a, a.respondentRole, `"${firstRole}", as given${at}`);
  const { column: _column, ...withoutColumn } = loc;
  return new SurveyFormatError(
    'RELCAP_INCONSISTENT_ROLE',
    `scoring: respondent "${a.respondentId}" has role "${a.respondentRole}" here but "${firstRole}" earlier${at}${kept}`,
    withoutColumn,
  );
}

/** A thrown-in-strict-mode error as a lenient-mode issue. */
export function toIssue(e: SurveyFormatError): ScoreIssue {
  const { file, line, column } = e.location;
  return {
    code: e.code,
    message: e.message,
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
  };
}

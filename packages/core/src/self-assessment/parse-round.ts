import { parseJsonText } from './parse-json-text';
import type { TemplateReadOptions } from './parse-template';
import { newSink } from './read-fields';
import { readRound } from './read-round';
import type { AssessmentRound } from './round-types';
import type { SelfAssessmentError } from './self-assessment-error';

/**
 * Every problem of a parsed JSON value as a self-assessment round, in document order (at most
 * `SA_LIMITS.problems`): the embedded template, ratings outside the scale or not whole numbers
 * (`RELCAP_SA_RATING_OUT_OF_SCALE`, `RELCAP_SA_RATING_NOT_INTEGER`; never clamped or rounded),
 * ratings or picks of unknown statements, duplicate ids, more than three picks.
 *
 * @example
 * ```ts
 * collectRoundProblems(JSON.parse(text)).map((p) => p.location.path); // ['participants[0].ratings["s1"]']
 * ```
 */
export function collectRoundProblems(data: unknown, options: TemplateReadOptions = {}): SelfAssessmentError[] {
  const sink = newSink('round', options.file);
  readRound(sink, data);
  return sink.problems;
}

/**
 * Validates a parsed JSON value as a round and returns a fresh typed copy. Throws the first
 * problem as a `SelfAssessmentError`; use {@link collectRoundProblems} for all of them.
 *
 * @example
 * ```ts
 * const round = validateRound(JSON.parse(text), { file: 'round-1.json' });
 * round.participants.length; // 5
 * ```
 */
export function validateRound(data: unknown, options: TemplateReadOptions = {}): AssessmentRound {
  const sink = newSink('round', options.file);
  const round = readRound(sink, data);
  const first = sink.problems[0];
  if (first !== undefined) throw first;
  if (round === undefined) throw new Error('self-assessment round: internal error, no round and no problem');
  return round;
}

/**
 * Parses round JSON text and validates it ({@link validateRound}).
 *
 * @example
 * ```ts
 * const round = parseRound(fs.readFileSync('round-1.json', 'utf8'), { file: 'round-1.json' });
 * ```
 */
export function parseRound(text: string, options: TemplateReadOptions = {}): AssessmentRound {
  return validateRound(parseJsonText(text, 'round', options.file), options);
}

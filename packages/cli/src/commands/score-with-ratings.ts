import { type Answer, compareSurveys, createScorer, type IndividualRating, type SurveyComparison, type SurveyScore } from '@relcap/core';
import type { ParsedArgs } from '../args';
import type { CliIo } from '../cli-io';
import { importOptionsFromFlags } from '../input/import-flags';
import { scoreSurveyInput } from '../input/score-survey-input';
import type { Lang } from './command';

/** A scored survey with its individual ratings (only when the input was a plain survey file). */
export interface ScoredWithRatings {
  readonly score: SurveyScore;
  readonly ratings?: readonly IndividualRating[];
}

/**
 * Reads and scores one input as `relcap score` does (`scoreSurveyInput`: core's one import
 * path, same flags and warnings), keeping the individual ratings that ICC and a paired
 * comparison of two waves need (never printed): a second scorer with the same options is fed
 * every answer through the `add` hook.
 *
 * @example
 * ```ts
 * const { score, ratings } = await scoreWithRatings('relcap compare', args, io, 'forår.csv', 'da');
 * ```
 */
export async function scoreWithRatings(command: string, args: ParsedArgs, io: CliIo, file: string, lang: Lang): Promise<ScoredWithRatings> {
  const { scoreOptions } = await importOptionsFromFlags(command, args, io);
  const withRatings = createScorer(scoreOptions);
  const add = (a: Answer, addToScore: (a: Answer) => void): void => {
    addToScore(a);
    withRatings.add(a);
  };
  const { score } = await scoreSurveyInput(command, args, io, file, lang, { add });
  const { individualRatings } = withRatings.finish({ includeRatings: true });
  return { score, ratings: individualRatings };
}

/**
 * `compareSurveys(before, after)` with the individual ratings attached when both waves have
 * them, so respondent ids that recur are paired (core decides the method per tie).
 *
 * @example
 * ```ts
 * compareWaves(await scoreWithRatings(c, args, io, a, 'da'), await scoreWithRatings(c, args, io, b, 'da'), 0.95);
 * ```
 */
export function compareWaves(before: ScoredWithRatings, after: ScoredWithRatings, confidence: number): SurveyComparison {
  const attach = (w: ScoredWithRatings): SurveyScore =>
    w.ratings === undefined || before.ratings === undefined || after.ratings === undefined ? w.score : { ...w.score, individualRatings: w.ratings };
  return compareSurveys(attach(before), attach(after), { confidence });
}

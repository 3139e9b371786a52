import { type Answer, compareSurveys, createScorer, type IndividualRating, type SurveyComparison, type SurveyScore } from '@relcap/core';
import type { ParsedArgs } from '../args';
import type { CliIo } from '../cli-io';
import { MAX_PRINTED_WARNINGS, scoreSurveyInput } from '../input/score-survey-input';
import { scoreSurveyFile } from '../input/score-survey-file';
import { isToolExport } from '../input/score-tool-export';
import { surveyOptionsFromFlags } from '../input/survey-flags';
import { createIssuePrinter } from '../output/issue-printer';
import { problemFromError, toProblem } from '../output/problems';
import type { Lang } from './command';

/** A scored survey with its individual ratings (only when the input was a plain survey file). */
export interface ScoredWithRatings {
  readonly score: SurveyScore;
  readonly ratings?: readonly IndividualRating[];
}

/**
 * Reads and scores one input as `relcap score` does, keeping the individual ratings that a
 * paired comparison of two waves needs (never printed). A survey-tool export goes through the
 * same `scoreSurveyInput` (no individual ratings come back, so respondent ids are not compared). A plain survey file is streamed by `scoreSurveyFile` with the same options and
 * warnings as in `scoreSurveyInput`, and a second scorer with the same options is fed every
 * answer through its `add` hook, because `scoreSurveyFile` finishes its scorer without the
 * individual ratings.
 *
 * @example
 * ```ts
 * const { score, ratings } = await scoreWithRatings('relcap compare', args, io, 'forår.csv', 'da');
 * ```
 */
export async function scoreWithRatings(command: string, args: ParsedArgs, io: CliIo, file: string, lang: Lang): Promise<ScoredWithRatings> {
  if (await isToolExport(args, io, file)) return { score: (await scoreSurveyInput(command, args, io, file, lang)).score };
  const { importOptions, scoreOptions } = await surveyOptionsFromFlags(command, args, io);
  const warnings = createIssuePrinter(io, file, MAX_PRINTED_WARNINGS, 'warning: ');
  const withRatings = createScorer(scoreOptions);
  const add = (a: Answer, addToScore: (a: Answer) => void): void => {
    addToScore(a);
    withRatings.add(a);
  };
  const { score } = await scoreSurveyFile(io, file, { ...importOptions, onIssue: (e) => warnings.print(problemFromError(e)) }, scoreOptions, { add });
  for (const issue of score.issues) warnings.print(toProblem(issue));
  warnings.finish(`relcap validate ${file} lists them all`);
  const { individualRatings, ...rest } = withRatings.finish({ includeRatings: true });
  return { score: rest, ratings: individualRatings };
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

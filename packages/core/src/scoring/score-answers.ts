import type { Answer } from '../survey/types';
import { createScorer, type FinishOptions } from './create-scorer';
import type { ScoreOptions } from './score-options';
import type { SurveyScore, SurveyScoreWithRatings } from './survey-score';

/**
 * Scores answers in one call (a {@link createScorer} loop). Streams: the iterable is read once
 * and no answer is kept. Relational coordination scoring rules of docs/scoring.md
 * (Gittell 2002; Gittell, Seidner & Wimbush 2010); see docs/scoring.md.
 *
 * @example
 * ```ts
 * const score = scoreAnswers(answers, { minRaters: 3 });
 * for (const t of score.ties) if (!t.suppressed) console.log(t.from, '->', t.to, t.rc, t.band);
 * const withRatings = scoreAnswers(answers, { includeRatings: true });
 * withRatings.individualRatings.length;
 * ```
 */
export function scoreAnswers(
  answers: Iterable<Answer>,
  options: Partial<ScoreOptions> & { readonly includeRatings: true },
): SurveyScoreWithRatings;
export function scoreAnswers(answers: Iterable<Answer>, options?: Partial<ScoreOptions> & Partial<FinishOptions>): SurveyScore;
export function scoreAnswers(answers: Iterable<Answer>, options: Partial<ScoreOptions> & Partial<FinishOptions> = {}): SurveyScore {
  const { includeRatings, ...scoreOptions } = options;
  const scorer = createScorer(scoreOptions);
  for (const a of answers) scorer.add(a);
  return scorer.finish({ includeRatings: includeRatings === true });
}

import type { RatingStore } from './rating-store';
import type { ScoreOptions } from './score-options';
import type { ScoreIssue } from './survey-score';

/** What the scorer hands from `add` to `finish`. Internal. */
export interface ScorerState {
  readonly options: ScoreOptions;
  readonly store: RatingStore;
  readonly respondentIds: readonly string[];
  /** Role index of each respondent (entries beyond `respondentIds.length` are unused). */
  readonly respondentRole: Int32Array;
  readonly roleNames: readonly string[];
  readonly missingAnswers: number;
  readonly issues: readonly ScoreIssue[];
  /** Issues not listed because `maxIssues` was reached. */
  readonly unlistedIssues: number;
}

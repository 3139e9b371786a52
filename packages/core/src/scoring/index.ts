export { classifyBand, DEFAULT_BANDS } from './bands';
export type { Band, BandThresholds } from './bands';
export { createScorer } from './create-scorer';
export type { FinishOptions, Scorer } from './create-scorer';
export { DEFAULT_SCORE_OPTIONS, resolveScoreOptions } from './score-options';
export type { ScoreMode, ScoreOptions, WorkCounter } from './score-options';
export { scoreAnswers } from './score-answers';
export type { ScoreIcc } from './score-icc';
export type {
  AsymmetryScore,
  EffectiveScoreOptions,
  IndividualRating,
  NetworkScore,
  ReliabilityScore,
  RoleScore,
  ScoreIssue,
  SurveyScore,
  SurveyScoreWithRatings,
  TieScore,
} from './survey-score';
export { formatScoreText, MAX_SCORE_DIGITS, scoreDigits } from './score-text';

export { compareSurveys } from './compare-surveys';
export { tConfidenceInterval } from './confidence-interval';
export { criterion } from './criterion';
export type { Criterion } from './criterion';
export { createAlphaAccumulator, cronbachAlpha, cronbachAlphaFromSums } from './cronbach-alpha';
export type { AlphaAccumulator, AlphaSums } from './cronbach-alpha';
export { ICC1_CUTOFF, ICC1_USUAL_RANGE, ICC2_CUTOFF, icc, iccFromGroups } from './icc';
export type { IccGroup, IccGroupSummary, IccResult, IccUnit } from './icc';
export { regularizedIncompleteBeta } from './incomplete-beta';
export { logGamma } from './log-gamma';
export { mean } from './mean';
export { RWG_CUTOFF, rwgJ, rwgJExact, uniformNullVariance } from './rwg';
export { fraction } from './fraction';
export type { Fraction } from './fraction';
export type { RwgResult } from './rwg';
export { sampleVariance } from './sample-variance';
export { DEFAULT_COMPARE_OPTIONS } from './survey-comparison';
export type {
  CompareOptions,
  NetworkChange,
  Pairing,
  SurveyComparison,
  TieChange,
  TieChangeStatus,
  TieWave,
} from './survey-comparison';
export { studentTCdf, tQuantile } from './t-distribution';
export { welchDifference } from './welch';
export type { SampleSummary, WelchDifference } from './welch';
export { BOUNDED_INTERVAL_METHOD, boundInterval, scoreRange } from './bounded-interval';
export type { BoundedInterval } from './bounded-interval';
export { pairedDifference } from './paired-difference';
export type { PairedDifference } from './paired-difference';
export type { ChangeMethod } from './tie-pairing';

export { tConfidenceInterval } from './confidence-interval';
export { createAlphaAccumulator, cronbachAlpha, cronbachAlphaFromSums } from './cronbach-alpha';
export type { AlphaAccumulator, AlphaSums } from './cronbach-alpha';
export { regularizedIncompleteBeta } from './incomplete-beta';
export { logGamma } from './log-gamma';
export { mean } from './mean';
export { sampleVariance } from './sample-variance';
export { studentTCdf, tQuantile } from './t-distribution';

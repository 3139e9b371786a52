export { classifyBand, DEFAULT_BANDS } from './bands';
export type { Band, BandThresholds } from './bands';

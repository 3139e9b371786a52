export { BUILTIN_DIMENSION_SETS, findDimension, getDimensionSet, normaliseKey } from './registry';
export { CITIZEN_EXPERIENCE, RELATIONAL_CAPACITY } from './relational-capacity';
export { RELATIONAL_COORDINATION } from './relational-coordination';
export {
  EXTENT_GRAD,
  FREQUENCY_CLASSIC,
  FREQUENCY_SUFFICIENCY,
  MISSING_TOKENS,
  NEVER_ALWAYS,
  NOT_AT_ALL_COMPLETELY,
  NOTHING_EVERYTHING,
  PROBLEM_SOLVING,
  SUFFICIENCY_POSITION_TO_SCORE,
} from './scales';
export type { Dimension, DimensionGroup, DimensionSet, LocalizedText, Scale, ScalePoint } from './types';

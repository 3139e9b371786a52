export { burtConstraint, burtEffectiveSize } from './burt';
export type { ArcWeight } from './burt';
export { computeMapMetrics } from './compute-map-metrics';
export type { ActorMetrics, MapMetrics } from './compute-map-metrics';
export { directedDensity, reciprocity } from './graph-metrics';
export { DEFAULT_MAP_GRAPH_OPTIONS, mapToGraph } from './map-to-graph';
export type { ActorNodeAttributes, MapGraph, MapGraphOptions, TieEdgeAttributes } from './map-to-graph';
export { DEFAULT_TIE_WEIGHT_OPTIONS, DEFAULT_TIE_WEIGHTS, relationWeight } from './tie-weight';
export type { TieWeightOptions, TieWeights } from './tie-weight';

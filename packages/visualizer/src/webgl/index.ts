/**
 * The WebGL view for large networks (sigma.js): scene -> graphology graph, relcap's node and edge
 * programs, ForceAtlas2 layouts, and a generator of large test networks. Re-exports only.
 */
export { applyPositions, layoutLargeScene } from './apply-positions';
export { createWebglRenderer } from './create-webgl-renderer';
export { DEFAULT_MUNICIPALITY_NETWORK_OPTIONS, generateMunicipalityNetwork } from './generate-municipality-network';
export type { MunicipalityNetworkOptions } from './generate-municipality-network';
export { ARROW_PROGRAM, LINE_PROGRAM, NODE_PROGRAM } from './graph-types';
export type { WebglEdgeAttributes, WebglGraph, WebglGraphAttributes, WebglNodeAttributes } from './graph-types';
export { DEFAULT_LAYOUT_LARGE_OPTIONS, DEFAULT_LAYOUT_WEIGHTS, largeSettings, layoutLarge, layoutLargeAssign } from './layout-large';
export type { LayoutLargeOptions, LayoutPositions } from './layout-large';
export { linePattern, parseDash, SOLID, WebglSceneError, ZIGZAG_AMPLITUDE } from './line-pattern';
export type { DashPattern } from './line-pattern';
export { DEFAULT_REDUCER_COLORS, EMPTY_HIGHLIGHT, FOCUS_Z, focusOf, reduceEdge, reduceNode } from './reducers';
export type { Focus, HighlightState, ReducerColors } from './reducers';
export { DEFAULT_WEBGL_RENDERER_OPTIONS } from './renderer-types';
export type { ExportPngOptions, WebglRenderer, WebglRendererEvents, WebglRendererOptions } from './renderer-types';
export { DEFAULT_SCENE_TO_GRAPH_OPTIONS, EDGE_Z_INDEX, sceneToGraph } from './scene-to-graph';
export type { SceneToGraphOptions } from './scene-to-graph';
export { seededRandom } from './seeded-random';
export type { RandomSource } from './seeded-random';
export { DEFAULT_WORKER_LAYOUT_OPTIONS, startWorkerLayout } from './worker-layout';
export type { WorkerLayout, WorkerLayoutOptions } from './worker-layout';

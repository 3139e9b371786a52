export { edgeAriaLabel, nodeAriaLabel } from './aria';
export { drawPositions, drawRings, drawScene, FONT_FAMILY, sceneLayers, viewBox } from './draw-scene';
export type { DrawContext, SceneLayers } from './draw-scene';
export { drawNode, starPath } from './draw-node';
export { controlPoint, edgeGeometry, nodeShapePath, outlineRadius } from './geometry';
export type { EdgeGeometry, Point } from './geometry';
export { ensureMarkers, markerId } from './markers';

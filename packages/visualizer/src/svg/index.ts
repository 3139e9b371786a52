export { edgeAriaLabel, nodeAriaLabel } from './aria';
// sceneLayers/drawRings stay internal (used by the controlled view): their d3 selection types
// would make every consumer's declarations need @types/d3.
export { drawPositions, drawScene, FONT_FAMILY, viewBox } from './draw-scene';
export type { DrawContext } from './draw-scene';
export { drawNode, starPath } from './draw-node';
export { controlPoint, edgeGeometry, nodeShapePath, outlineRadius } from './geometry';
export type { EdgeGeometry, Point } from './geometry';
export { ensureMarkers, markerId } from './markers';

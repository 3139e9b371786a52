export { legendSvg } from './legend-svg';
export { edgesSvg, markersSvg } from './scene-edges-svg';
export { nodeSvg } from './scene-node-svg';
export { sceneToSvgString } from './scene-to-svg-string';
export { formatSvgNumber, svgElement, svgText } from './svg-element';
export type { SvgAttributes } from './svg-element';
export { DEFAULT_SVG_STRING_OPTIONS } from './svg-string-options';
export type { SvgStringOptions } from './svg-string-options';
export { escapeMarkup } from './escape-markup';

/**
 * @relcap/visualizer: network maps around a child and role networks, computed once as a plain
 * scene (`buildScene`) and drawn by an SVG renderer (d3) or a WebGL renderer (sigma).
 *
 * This file re-exports only.
 */
export * from './export/index';
export * from './mount/index';
export { mountNetworkMap } from './mount-network-map';
export type { NetworkMapHandle } from './mount-network-map';
export * from './scene/index';
export {
  buildSpiderWeb,
  DEFAULT_ROUNDS_WEB_OPTIONS,
  DEFAULT_SPIDER_WEB_OPTIONS,
  defaultTicks,
  drawSpiderWeb,
  placeLabel,
  roundsToSpiderWebInput,
  SPIDER_WEB_LIMITS,
  spiderWebNodes,
  spiderWebToSvgString,
  svgNodeToString,
  wrapLabel,
} from './spider-web/index';
export type {
  PlacedLabel,
  PlacedSeries,
  RoundsWebOptions,
  SpiderWeb,
  SpiderWebAxis,
  SpiderWebInput,
  SpiderWebNodeOptions,
  SpiderWebOptions,
  SpiderWebPoints,
  SpiderWebSeries,
  SvgNode,
  WebPoint,
} from './spider-web/index';
export * from './svg/index';
export * from './ui/index';
export * from './view/index';
export * from './webgl/index';
// Both renderers name their PNG options `ExportPngOptions`: the SVG one keeps the name, the
// WebGL one is also exported as `WebglExportPngOptions`.
export type { ExportPngOptions } from './export/index';
export type { ExportPngOptions as WebglExportPngOptions } from './webgl/index';
// The attributes of an SvgNode (spider web), part of its public shape.
export type { SvgAttributes } from './svg-string/index';

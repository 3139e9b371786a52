/**
 * @relcap/visualizer/node: the DOM-free part of the visualizer, for Node (reports, servers,
 * scripts): `buildScene` computes the scene, `sceneToSvgString` draws it as an SVG string;
 * `buildSpiderWeb` and `spiderWebToSvgString` do the same for the self-assessment spider web.
 * Nothing here touches `document`, WebGL or sigma.
 *
 * This file re-exports only.
 */
export { buildScene } from './scene/build-scene';
export { DEFAULT_SCENE_OPTIONS } from './scene/scene-options';
export type { SceneOptions } from './scene/scene-options';
export type { Lang, LineStyle, LineStyleKey, NodeShape, Scene, SceneEdge, SceneNode, SceneRing } from './scene/types';
export { DEFAULT_SVG_STRING_OPTIONS, escapeMarkup, sceneToSvgString } from './svg-string/index';
export type { SvgStringOptions } from './svg-string/index';
export {
  buildSpiderWeb,
  DEFAULT_ROUNDS_WEB_OPTIONS,
  DEFAULT_SPIDER_WEB_OPTIONS,
  defaultTicks,
  roundsToSpiderWebInput,
  SPIDER_WEB_LIMITS,
  spiderWebNodes,
  spiderWebToSvgString,
  svgNodeToString,
  wrapLabel,
} from './spider-web/index';
export type {
  RoundsWebOptions,
  SpiderWeb,
  SpiderWebAxis,
  SpiderWebInput,
  SpiderWebNodeOptions,
  SpiderWebOptions,
  SpiderWebPoints,
  SpiderWebSeries,
  SvgNode,
} from './spider-web/index';

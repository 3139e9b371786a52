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
// Direct imports, not './spider-web/index': that also exports the DOM renderer, and this entry
// must type-check and run without a DOM.
export { buildSpiderWeb } from './spider-web/build-spider-web';
export { defaultTicks } from './spider-web/default-ticks';
export { DEFAULT_ROUNDS_WEB_OPTIONS, roundsToSpiderWebInput } from './spider-web/rounds-to-spider-web';
export type { RoundsWebOptions } from './spider-web/rounds-to-spider-web';
export { spiderWebNodes } from './spider-web/spider-web-nodes';
export type { SpiderWebNodeOptions, SvgNode } from './spider-web/spider-web-nodes';
export { spiderWebToSvgString, svgNodeToString } from './spider-web/spider-web-to-svg-string';
export { DEFAULT_SPIDER_WEB_OPTIONS, SPIDER_WEB_LIMITS } from './spider-web/types';
export type { SpiderWeb, SpiderWebAxis, SpiderWebInput, SpiderWebOptions, SpiderWebPoints, SpiderWebSeries } from './spider-web/types';
export { wrapLabel } from './spider-web/wrap-label';

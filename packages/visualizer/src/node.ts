/**
 * @relcap/visualizer/node: the DOM-free part of the visualizer, for Node (reports, servers,
 * scripts): `buildScene` computes the scene, `sceneToSvgString` draws it as an SVG string.
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

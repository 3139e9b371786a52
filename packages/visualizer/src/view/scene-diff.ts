import { LINE_STYLE_KEYS } from '../scene/line-styles';
import type { Scene, SceneEdge, SceneNode } from '../scene/types';

/**
 * True when two nodes draw the same apart from their position (what `drawNode` reads).
 *
 * @example
 * ```ts
 * sameNodeLook(node, { ...node, x: node.x + 10 }); // true: only the position differs
 * ```
 */
export function sameNodeLook(a: SceneNode, b: SceneNode): boolean {
  return (
    a.label === b.label &&
    a.sublabel === b.sublabel &&
    a.radius === b.radius &&
    a.shape === b.shape &&
    a.fill === b.fill &&
    a.stroke === b.stroke &&
    a.coordinator === b.coordinator &&
    a.authority === b.authority &&
    a.pinned === b.pinned &&
    a.selfTie?.style === b.selfTie?.style &&
    a.selfTie?.rc === b.selfTie?.rc &&
    a.selfTie?.n === b.selfTie?.n
  );
}

/**
 * True when two nodes have the same outline in the same place (what an edge's path reads).
 *
 * @example
 * ```ts
 * sameNodeGeometry(node, { ...node, label: 'Ny' }); // true
 * ```
 */
export function sameNodeGeometry(a: SceneNode, b: SceneNode): boolean {
  return a.x === b.x && a.y === b.y && a.radius === b.radius && a.shape === b.shape;
}

/**
 * True when two edges draw the same given unchanged ends (what the edge's own fields decide).
 *
 * @example
 * ```ts
 * sameEdge(edge, { ...edge, style: 'weak' }); // false when it was strong
 * ```
 */
export function sameEdge(a: SceneEdge, b: SceneEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.style === b.style &&
    a.directed === b.directed &&
    a.curvature === b.curvature &&
    a.label === b.label &&
    a.gap === b.gap
  );
}

/**
 * A short text that changes when any line style's look or legend text changes.
 *
 * @example
 * ```ts
 * stylesSignature(scene) === stylesSignature(buildScene(map)); // true for the same options
 * ```
 */
export function stylesSignature(scene: Scene): string {
  return LINE_STYLE_KEYS.map((k) => {
    const s = scene.styles[k];
    return `${k}:${s.color}|${s.width}|${s.dash}|${s.zigzag}|${s.label.da}|${s.label.en}`;
  }).join(';');
}

/**
 * A short text that changes when the rings or their labels change.
 *
 * @example
 * ```ts
 * ringsSignature(scene) !== ringsSignature({ ...scene, lang: 'en' }); // ring labels differ
 * ```
 */
export function ringsSignature(scene: Scene): string {
  return scene.rings.map((r) => `${r.index}|${r.radius}|${r.labelAngle ?? ''}|${r.label[scene.lang]}`).join(';');
}

import type { Scene, SceneNode } from '../scene/types';
import { type LayoutLargeOptions, type LayoutPositions, layoutLarge } from './layout-large';
import { sceneToGraph } from './scene-to-graph';

/**
 * A copy of the scene with nodes moved to the given positions (nodes without a position keep
 * theirs) and the bounds recomputed from node centres and radii. Rings are dropped when any node
 * moved, because a force layout does not respect them. Pure: the scene is not changed.
 *
 * @example
 * ```ts
 * const large = applyPositions(scene, layoutLarge(sceneToGraph(scene), { seed: 1 }));
 * ```
 */
export function applyPositions(scene: Scene, positions: LayoutPositions): Scene {
  let moved = false;
  const nodes: SceneNode[] = scene.nodes.map((node) => {
    const p = positions[node.id];
    if (p === undefined) return node;
    moved = true;
    return { ...node, x: p.x, y: p.y };
  });
  if (nodes.length === 0) return scene;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const n of nodes) {
    minX = Math.min(minX, n.x - n.radius);
    minY = Math.min(minY, n.y - n.radius);
    maxX = Math.max(maxX, n.x + n.radius);
    maxY = Math.max(maxY, n.y + n.radius);
  }
  return { ...scene, nodes, rings: moved ? [] : scene.rings, bounds: { minX, minY, maxX, maxY } };
}

/**
 * The scene laid out by ForceAtlas2 for a large network: {@link layoutLarge} on the scene's graph,
 * then {@link applyPositions}. Pure and deterministic for a seed.
 *
 * @example
 * ```ts
 * const scene = layoutLargeScene(buildScene(map, { iterations: 0 }), { iterations: 150, seed: 1 });
 * createWebglRenderer(container, scene);
 * ```
 */
export function layoutLargeScene(scene: Scene, options: Partial<LayoutLargeOptions> = {}): Scene {
  return applyPositions(scene, layoutLarge(sceneToGraph(scene), options));
}

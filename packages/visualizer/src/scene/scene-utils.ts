import { formatScoreText } from '@relcap/core';
import type { Lang, Scene, SceneNode, SceneRing } from './types';

/**
 * An RC score as shown on a line and in the lists: one decimal, with a decimal comma in Danish,
 * and one more decimal where rounding would put the score in another band (core's
 * `formatScoreText`), so a weak 3.47 is never shown as the "3,5" of a moderate tie.
 *
 * @example
 * ```ts
 * formatScore(3.5357, 'da'); // '3,5'
 * formatScore(3.47, 'da'); // '3,47'
 * formatScore(3.5357, 'en'); // '3.5'
 * ```
 */
export function formatScore(rc: number, lang: Lang): string {
  return formatScoreText(rc, lang, 1);
}

/**
 * Bounding box of the nodes (with their radius and room for the label below) and the rings.
 *
 * @example
 * ```ts
 * sceneBounds([{ x: 0, y: 0, radius: 10 } as SceneNode], []); // { minX: -10, ... }
 * ```
 */
export function sceneBounds(nodes: readonly SceneNode[], rings: readonly SceneRing[]): Scene['bounds'] {
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (const n of nodes) {
    const half = Math.max(n.radius, Math.max(n.label.length, n.sublabel?.length ?? 0) * 4.6);
    minX = Math.min(minX, n.x - half);
    maxX = Math.max(maxX, n.x + half);
    minY = Math.min(minY, n.y - n.radius - 8);
    maxY = Math.max(maxY, n.y + n.radius + (n.sublabel !== undefined ? 44 : 26));
  }
  for (const r of rings) {
    minX = Math.min(minX, -r.radius);
    maxX = Math.max(maxX, r.radius);
    minY = Math.min(minY, -r.radius);
    maxY = Math.max(maxY, r.radius);
  }
  return { minX, minY, maxX, maxY };
}

/**
 * A copy of a scene with one node moved (and its bounds unchanged, so the view does not jump
 * while dragging). Pure: the scene given is not changed.
 *
 * @example
 * ```ts
 * const next = moveNode(scene, 'laerer', 120, -40);
 * ```
 */
export function moveNode(scene: Scene, id: string, x: number, y: number): Scene {
  return { ...scene, nodes: scene.nodes.map((n) => (n.id === id ? { ...n, x, y, pinned: true } : n)) };
}

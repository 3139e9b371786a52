import type { Sector } from '@relcap/core';
import type { SceneRing } from './types';

/** Ring index of each sector, from the centre outwards (Hartman 1978; docs/map-format.md). */
export const RING_OF_SECTOR: Readonly<Record<Sector, number>> = { child: 0, family: 1, universal: 2, specialised: 3, other: 4 };

/** Ring labels (ring 1..4). */
export const RING_LABELS: readonly SceneRing['label'][] = [
  { da: 'Barnet', en: 'The child' },
  { da: 'Familie og privat netværk', en: 'Family and private network' },
  { da: 'Almene tilbud', en: 'Universal services' },
  { da: 'Specialiserede tilbud', en: 'Specialised services' },
  { da: 'Andre', en: 'Others' },
];

/**
 * Radius of each ring 0..4 (0 = the centre): each ring lies at least `ringGap` outside the one
 * before, and far enough out that its actors fit around it `minSpacing` apart
 * (`count x minSpacing / 2π`).
 *
 * @deprecated `buildScene` puts ring k at the fixed distance `k x ringGap` since map format
 *   version 2 (stored positions are in ring units, and a ring must not move when an actor is
 *   added); kept for callers of the earlier API.
 * @example
 * ```ts
 * ringRadii([1, 0, 5, 2, 0], 150, 170); // [0, 150, 300, 450, 600]
 * ```
 */
export function ringRadii(counts: readonly number[], ringGap: number, minSpacing: number): number[] {
  const radii = [0];
  for (let k = 1; k < counts.length; k++) {
    const fit = ((counts[k] ?? 0) * minSpacing) / (2 * Math.PI);
    radii.push(Math.max(radii[k - 1]! + ringGap, fit));
  }
  return radii;
}

/**
 * The angle on a ring for its label that keeps farthest from the actors: candidates every 15°
 * starting at the top, the first whose nearest actor is at least `clearance` away, else the one
 * with the most room.
 *
 * @example
 * ```ts
 * ringLabelAngle(300, [{ x: 0, y: -300 }], 80); // -1.309 (15° beside the top)
 * ```
 */
export function ringLabelAngle(radius: number, nodes: readonly { readonly x: number; readonly y: number }[], clearance: number): number {
  // Only actors nearer the ring than `clearance` can be nearer a point on it than that
  // (|hypot(n) - radius| is the least distance from n to the ring), so the others are skipped.
  const near = nodes.filter((n) => Math.abs(Math.hypot(n.x, n.y) - radius) < clearance);
  let best = -Math.PI / 2;
  let bestRoom = -1;
  for (let i = 0; i < 24; i++) {
    const step = Math.ceil(i / 2) * (i % 2 === 0 ? -1 : 1);
    const a = -Math.PI / 2 + (step * Math.PI) / 12;
    const x = radius * Math.cos(a);
    const y = radius * Math.sin(a);
    let room = Infinity;
    for (const n of near) room = Math.min(room, Math.hypot(n.x - x, n.y - y));
    if (room >= clearance) return a;
    if (room > bestRoom) {
      bestRoom = room;
      best = a;
    }
  }
  return best;
}

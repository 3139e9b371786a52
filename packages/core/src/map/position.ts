import type { ActorPosition } from './types';

/**
 * The ring gap (scene units between two rings) of map format version 1, whose positions were
 * scene x,y: a version 1 position is converted with it (`polarFromXY(x, y, V1_RING_GAP)`).
 */
export const V1_RING_GAP = 150;

/**
 * A point given in scene x,y (x to the right, y downwards, the centre at 0,0) as a ring-relative
 * polar position: `angle` in degrees clockwise from 12 o'clock in [0, 360), `distance` in ring
 * units (`hypot(x, y) / ringGap`). The centre itself has angle 0.
 *
 * @example
 * ```ts
 * polarFromXY(150, 0, 150); // { angle: 90, distance: 1 } (3 o'clock on the first ring)
 * polarFromXY(0, 300, 150); // { angle: 180, distance: 2 }
 * ```
 */
export function polarFromXY(x: number, y: number, ringGap: number): { angle: number; distance: number } {
  const distance = Math.hypot(x, y) / ringGap;
  if (distance === 0) return { angle: 0, distance: 0 };
  return { angle: normaliseAngle((Math.atan2(x, -y) * 180) / Math.PI), distance };
}

/**
 * A polar position as scene x,y for a ring gap: the inverse of {@link polarFromXY}.
 *
 * @example
 * ```ts
 * xyFromPolar({ angle: 90, distance: 2 }, 150); // { x: 300, y: ~0 }
 * ```
 */
export function xyFromPolar(position: Pick<ActorPosition, 'angle' | 'distance'>, ringGap: number): { x: number; y: number } {
  const r = position.distance * ringGap;
  const a = (position.angle * Math.PI) / 180;
  return { x: r * Math.sin(a), y: -r * Math.cos(a) };
}

/**
 * An angle in degrees brought into [0, 360) (`-90` is `270`, `360` is `0`).
 *
 * @example
 * ```ts
 * normaliseAngle(-90); // 270
 * ```
 */
export function normaliseAngle(degrees: number): number {
  const a = ((degrees % 360) + 360) % 360;
  // (-1e-15 % 360) + 360 rounds to 360: keep the half-open interval.
  return a >= 360 || Object.is(a, -0) ? 0 : a;
}

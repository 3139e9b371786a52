import { polarFromXY } from '@relcap/core';

/** One actor to place: the circle it belongs on and, when known, where it already is. */
export interface PlaceInput {
  readonly id: string;
  /** Key of the circle the actor belongs to (ring index; actors of one key share `radius`). */
  readonly ring: number;
  /** Radius of that circle in scene units; 0 puts an actor without a known place at the centre. */
  readonly radius: number;
  /** Where the actor is already (saved, pinned, or drawn there before): it stays exactly here. */
  readonly known?: { readonly x: number; readonly y: number };
}

/**
 * Places actors on fixed circles without moving any actor whose place is known. Actors with a
 * `known` place keep it. The others are placed in input order, each once, into free spots on its
 * circle: when no actor of that circle has a known place, evenly (`startAngle(ring) + i x 360/n`
 * degrees clockwise from 12 o'clock); otherwise, one by one, in the middle of the widest free arc
 * between the angles already taken on that circle (known actors count by their angle, wherever
 * they were dragged). So adding an actor, or anything that is not a position, moves nobody else.
 * Cost: O(k x m) per circle for k new and m taken actors (at most 2,000 x 4,000 steps).
 *
 * @example
 * ```ts
 * placeOnRings([{ id: 'a', ring: 2, radius: 300, known: { x: 0, y: -300 } }, { id: 'b', ring: 2, radius: 300 }], () => 0);
 * // b goes to 6 o'clock: { x: ~0, y: 300 }
 * ```
 */
export function placeOnRings(inputs: readonly PlaceInput[], startAngle: (ring: number) => number): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const byRing = new Map<number, PlaceInput[]>();
  for (const n of inputs) {
    if (n.known !== undefined) out.set(n.id, { x: n.known.x, y: n.known.y });
    const members = byRing.get(n.ring);
    if (members === undefined) byRing.set(n.ring, [n]);
    else members.push(n);
  }
  for (const [ring, members] of byRing) {
    const todo = members.filter((n) => n.known === undefined);
    if (todo.length === 0) continue;
    const taken = members.filter((n) => n.known !== undefined).map((n) => polarFromXY(n.known!.x, n.known!.y, 1).angle);
    const angles = taken.length === 0 ? evenly(todo.length, startAngle(ring)) : intoGaps(taken, todo.length);
    todo.forEach((n, i) => {
      out.set(n.id, n.radius === 0 ? { x: 0, y: 0 } : onCircle(n.radius, angles[i]!));
    });
  }
  return out;
}

/** `count` angles evenly around the circle from `start` (degrees). */
function evenly(count: number, start: number): number[] {
  return Array.from({ length: count }, (_, i) => (start + (i * 360) / count) % 360);
}

/** `count` angles, each in the middle of the widest free arc left between `taken` angles. */
function intoGaps(taken: readonly number[], count: number): number[] {
  const sorted = [...taken].sort((a, b) => a - b);
  // Arcs as [start, length] in degrees; the last one wraps past 360.
  const arcs: [number, number][] = sorted.map((a, i) => [a, (i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360) - a]);
  const placed: number[] = [];
  for (let k = 0; k < count; k++) {
    let best = 0;
    for (let i = 1; i < arcs.length; i++) if (arcs[i]![1] > arcs[best]![1] + 1e-9) best = i;
    const [start, length] = arcs[best]!;
    const half = length / 2;
    placed.push((start + half) % 360);
    arcs.splice(best, 1, [start, half], [start + half, half]);
  }
  return placed;
}

/** Scene x,y (y down) of an angle in degrees clockwise from 12 o'clock on a circle of radius `r`. */
function onCircle(r: number, angle: number): { x: number; y: number } {
  const a = (angle * Math.PI) / 180;
  return { x: r * Math.sin(a), y: -r * Math.cos(a) };
}

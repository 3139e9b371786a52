import type { DistanceMatrix } from './distance-matrix';

/** What adding one tie changes in the sum of 1 / distance, and what computing it cost. */
export interface ClosingGain {
  /** Increase of the sum of 1 / d(x, y) over all ordered pairs (never negative). */
  readonly sum: number;
  /** Work units spent: n to sort the nodes to the two ends, plus one per pair tried. */
  readonly work: number;
}

/**
 * How much a new undirected step of distance `w` between nodes `a` and `b` (row indices) raises
 * the sum of 1 / d over ordered pairs, from the distances before, without a new search. After
 * the step, d'(x, y) = min(d(x, y), d(x, a) + w + d(b, y), d(x, b) + w + d(a, y)). A pair can
 * only get shorter through a -> b when d(x, a) + w < d(x, b) (x "on a's side") and
 * d(y, b) + w < d(y, a) (y on b's side); the two sides are disjoint, and through b -> a it is
 * the same pairs reversed. So the gain is 2 · Σ over x on a's side, y on b's side of
 * max(0, 1 / (d(x, a) + w + d(b, y)) - 1 / d(x, y)), at a cost of n + |side a| · |side b|
 * (at most n + n² / 4). `scratch` (n integers) can be passed to reuse one buffer across calls.
 *
 * @example
 * ```ts
 * closingGain(distanceMatrix(view), 0, 3, 1).sum; // 2 * (1 - 1/3 + ...) for a chain 0-1-2-3
 * ```
 */
export function closingGain(dm: DistanceMatrix, a: number, b: number, w: number, scratch: Int32Array = new Int32Array(dm.n)): ClosingGain {
  const { d, n } = dm;
  const ra = a * n;
  const rb = b * n;
  // scratch holds a's side from the front and b's side from the back (they never meet: disjoint).
  let na = 0;
  let nb = 0;
  for (let x = 0; x < n; x++) {
    const da = d[ra + x]!;
    const db = d[rb + x]!;
    if (da + w < db) scratch[na++] = x;
    else if (db + w < da) scratch[n - 1 - nb++] = x;
  }
  let sum = 0;
  for (let i = 0; i < na; i++) {
    const x = scratch[i]!;
    const row = x * n;
    const via = d[ra + x]! + w;
    for (let j = n - nb; j < n; j++) {
      const y = scratch[j]!;
      const nd = via + d[rb + y]!;
      const old = d[row + y]!;
      if (nd < old) sum += 1 / nd - 1 / old;
    }
  }
  return { sum: 2 * sum, work: n + na * nb };
}

/**
 * An upper bound of {@link closingGain}'s `sum` in n work units, for skipping candidates that
 * cannot reach the top of a limited ranking. With D = d(a, b) and s = d(x, a) + d(b, y), a pair's
 * term is at most f(s) = 1 / (s + w) - 1 / (s + D) (as d(x, y) ≤ s + D), and f falls as s grows,
 * so f(s) ≤ f(d(x, a)) and ≤ f(d(b, y)): the sum is at most
 * 2 · min(|side b| · Σ over side a of f(d(x, a)), |side a| · Σ over side b of f(d(y, b))).
 *
 * @example
 * ```ts
 * closingGainBound(dm, 0, 3, 1).bound >= closingGain(dm, 0, 3, 1).sum; // true
 * ```
 */
export function closingGainBound(dm: DistanceMatrix, a: number, b: number, w: number): ClosingGain {
  const { d, n } = dm;
  const ra = a * n;
  const rb = b * n;
  const far = d[ra + b]!;
  const f = (s: number): number => 1 / (s + w) - (far === Number.POSITIVE_INFINITY ? 0 : 1 / (s + far));
  let na = 0;
  let nb = 0;
  let ha = 0;
  let hb = 0;
  for (let x = 0; x < n; x++) {
    const da = d[ra + x]!;
    const db = d[rb + x]!;
    if (da + w < db) {
      na++;
      ha += f(da);
    } else if (db + w < da) {
      nb++;
      hb += f(db);
    }
  }
  return { sum: 2 * Math.min(nb * ha, na * hb), work: n };
}

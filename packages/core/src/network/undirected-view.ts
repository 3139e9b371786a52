import type { MapGraph } from './map-to-graph';

/** Symmetric distance table: `dist.get(u)?.get(v)` is the shortest direct step between u and v. */
export type UndirectedView = Map<string, Map<string, number>>;

/**
 * The undirected view of the analysis graph: u and v are adjacent when an arc joins them in
 * either direction, at the shorter of the two arc distances (1 / weight).
 */
export function undirectedView(graph: MapGraph): UndirectedView {
  const view: UndirectedView = new Map();
  graph.forEachNode((n) => view.set(n, new Map()));
  graph.forEachDirectedEdge((_e, a, s, t) => setStep(view, s, t, a.distance));
  return view;
}

/** Sets the step between u and v (both ways) unless a shorter one exists. Mutates `view`. */
export function setStep(view: UndirectedView, u: string, v: string, distance: number): void {
  const old = view.get(u)?.get(v);
  if (old !== undefined && old <= distance) return;
  view.get(u)?.set(v, distance);
  view.get(v)?.set(u, distance);
}

/** Copy of a view, so that a candidate tie can be tried without touching the original. */
export function copyView(view: UndirectedView): UndirectedView {
  return new Map([...view].map(([k, m]) => [k, new Map(m)]));
}

/**
 * The connected component of every node (numbered 0, 1, ... in the order of the view) and how
 * many there are. O(n + m).
 *
 * @example
 * ```ts
 * componentLabels(view).label.get('p4') !== componentLabels(view).label.get('p1'); // apart
 * ```
 */
export function componentLabels(view: UndirectedView): { readonly label: Map<string, number>; readonly count: number } {
  const label = new Map<string, number>();
  let count = 0;
  for (const start of view.keys()) {
    if (label.has(start)) continue;
    const stack = [start];
    label.set(start, count);
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (const v of view.get(u)?.keys() ?? []) {
        if (!label.has(v)) {
          label.set(v, count);
          stack.push(v);
        }
      }
    }
    count += 1;
  }
  return { label, count };
}

/** Number of connected components of the view. */
export function countComponents(view: UndirectedView): number {
  const seen = new Set<string>();
  let count = 0;
  for (const start of view.keys()) {
    if (seen.has(start)) continue;
    count += 1;
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (const v of view.get(u)?.keys() ?? []) {
        if (!seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
      }
    }
  }
  return count;
}

/**
 * Global efficiency (Latora & Marchiori 2001): the mean of 1 / d(i,j) over all ordered pairs of
 * distinct nodes, with d the weighted shortest-path distance (Dijkstra 1959) and 1 / d = 0 for
 * unreachable pairs. 0 for fewer than two nodes. Its inverse is the harmonic mean distance, which
 * stays defined when the network falls apart.
 */
export function efficiency(view: UndirectedView): number {
  const n = view.size;
  if (n < 2) return 0;
  let sum = 0;
  for (const source of view.keys()) {
    for (const [target, d] of dijkstra(view, source)) if (target !== source) sum += 1 / d;
  }
  return sum / (n * (n - 1));
}

function dijkstra(view: UndirectedView, source: string): Map<string, number> {
  const dist = new Map<string, number>([[source, 0]]);
  const done = new Set<string>();
  for (;;) {
    let u: string | undefined;
    let best = Number.POSITIVE_INFINITY;
    for (const [n, d] of dist) {
      if (!done.has(n) && d < best) {
        best = d;
        u = n;
      }
    }
    if (u === undefined) return dist;
    done.add(u);
    for (const [v, step] of view.get(u) ?? []) {
      const nd = best + step;
      if (nd < (dist.get(v) ?? Number.POSITIVE_INFINITY)) dist.set(v, nd);
    }
  }
}

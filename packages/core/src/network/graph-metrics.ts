import type { AbstractGraph as Graph } from 'graphology-types';

/**
 * Density of a simple directed graph: L / (g (g - 1)), the share of the g (g - 1) possible arcs
 * that exist (Wasserman & Faust 1994, eq. 4.3 for directed relations). 0 when g < 2. Self-loops
 * are not counted.
 *
 * @example
 * ```ts
 * directedDensity(mapToGraph(map)); // 3 actors, 2 arcs: 2 / 6 = 0.333
 * ```
 */
export function directedDensity(graph: Graph): number {
  const g = graph.order;
  if (g < 2) return 0;
  return arcCount(graph) / (g * (g - 1));
}

/**
 * Reciprocity: the share of arcs whose reverse arc also exists, L<-> / L (Wasserman & Faust
 * 1994, ch. 13; the definition of networkx `overall_reciprocity`). A mutual relation on the map
 * gives two arcs, so it counts as reciprocated. 0 when there are no arcs.
 *
 * @example
 * ```ts
 * reciprocity(mapToGraph(map)); // a->b, b->a, b->c: 2 / 3
 * ```
 */
export function reciprocity(graph: Graph): number {
  const l = arcCount(graph);
  if (l === 0) return 0;
  let mutual = 0;
  graph.forEachDirectedEdge((_e, _a, s, t) => {
    if (s !== t && graph.hasDirectedEdge(t, s)) mutual += 1;
  });
  return mutual / l;
}

function arcCount(graph: Graph): number {
  let l = 0;
  graph.forEachDirectedEdge((_e, _a, s, t) => {
    if (s !== t) l += 1;
  });
  return l;
}

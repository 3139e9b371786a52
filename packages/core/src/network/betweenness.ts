import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { MapGraph } from './map-to-graph';

/**
 * Shortest-path betweenness of every node (Freeman 1977, computed with Brandes 2001 by
 * graphology-metrics), normalised by (n-1)(n-2) for a directed graph with n > 2 (the
 * normalisation of networkx `betweenness_centrality(normalized=True)`). `unweighted`: every arc
 * is one step; `distance`: an arc costs its `distance` attribute (1 / weight), so strong ties
 * make short paths. An empty graph gives `{}`.
 *
 * @example
 * ```ts
 * mapBetweenness(mapToGraph(map), 'distance').laerer;
 * ```
 */
export function mapBetweenness(graph: MapGraph, paths: 'unweighted' | 'distance'): Record<string, number> {
  if (graph.order === 0) return {};
  return betweennessCentrality(graph, { getEdgeWeight: paths === 'distance' ? 'distance' : null, normalized: true });
}

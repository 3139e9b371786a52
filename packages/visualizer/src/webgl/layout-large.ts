import { OptionsError } from '@relcap/core';
import GraphologyGraph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { AbstractGraph as Graph } from 'graphology-types';
import type { LineStyleKey } from '../scene/types';
import { seededRandom } from './seeded-random';

/** Node positions by id. */
export type LayoutPositions = Record<string, { x: number; y: number }>;

/** Attraction of a relation in the layout, by line style: strong ties pull harder. */
export const DEFAULT_LAYOUT_WEIGHTS: Readonly<Record<LineStyleKey, number>> = {
  strong: 3,
  moderate: 2,
  weak: 1,
  stressful: 1,
  unknown: 1,
  missing: 0.5,
  gap: 0.5,
};

/** Options of {@link layoutLarge}. */
export interface LayoutLargeOptions {
  /** ForceAtlas2 iterations (a fixed number, for determinism). */
  readonly iterations: number;
  /** Seed of the initial positions (uniform in a disc). */
  readonly seed: number;
  /** ForceAtlas2 settings over `largeSettings(graph)` (inferred; Barnes-Hut from 1,000 nodes). */
  readonly settings: ForceAtlas2Settings;
  /** Edge weight by the edge's `style` attribute; edges without one weigh 1. */
  readonly weights: Readonly<Record<string, number>>;
}

/** Defaults: 100 iterations, seed 1, inferred settings, style weights. */
export const DEFAULT_LAYOUT_LARGE_OPTIONS: LayoutLargeOptions = {
  iterations: 100,
  seed: 1,
  settings: {},
  weights: DEFAULT_LAYOUT_WEIGHTS,
};

/**
 * A ForceAtlas2 layout (Jacomy, Venturini, Heymann & Bastian 2014, PLoS ONE 9(6): e98679) of a
 * graph, computed synchronously for a fixed number of iterations from seeded random initial
 * positions: the same graph, options and seed give the same positions. Pure: the graph is read,
 * not changed (see {@link layoutLargeAssign} to write the positions). For tests, benchmarks and
 * static exports; the app runs {@link startWorkerLayout} instead.
 *
 * @throws OptionsError when `iterations` is not a positive integer or `seed` not finite.
 * @example
 * ```ts
 * const positions = layoutLarge(sceneToGraph(scene), { iterations: 200, seed: 7 });
 * positions['p1']; // { x: ..., y: ... }
 * ```
 */
export function layoutLarge(graph: Graph, options: Partial<LayoutLargeOptions> = {}): LayoutPositions {
  const o = { ...DEFAULT_LAYOUT_LARGE_OPTIONS, ...options };
  if (!Number.isInteger(o.iterations) || o.iterations < 1) {
    throw new OptionsError('RELCAP_BAD_OPTION', 'webgl/layoutLarge: invalid option "iterations"', {
      column: 'iterations',
      value: String(o.iterations),
      expected: 'a positive integer',
    });
  }
  if (!Number.isFinite(o.seed)) {
    throw new OptionsError('RELCAP_BAD_OPTION', 'webgl/layoutLarge: invalid option "seed"', {
      column: 'seed',
      value: String(o.seed),
      expected: 'a finite number',
    });
  }
  // A structural copy with only what the layout needs: positions, size and weight.
  const work = new GraphologyGraph({ type: graph.type, multi: graph.multi, allowSelfLoops: true });
  const random = seededRandom(o.seed);
  const spread = 10 * Math.sqrt(graph.order);
  graph.forEachNode((node, attrs) => {
    const r = spread * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    work.addNode(node, { x: r * Math.cos(a), y: r * Math.sin(a), size: typeof attrs.size === 'number' ? attrs.size : 1 });
  });
  graph.forEachEdge((edge, attrs, source, target, _sa, _ta, undirected) => {
    const style = typeof attrs.style === 'string' ? attrs.style : '';
    const weight = o.weights[style] ?? 1;
    if (undirected) work.addUndirectedEdgeWithKey(edge, source, target, { weight });
    else work.addDirectedEdgeWithKey(edge, source, target, { weight });
  });
  const settings = { ...largeSettings(work), ...o.settings };
  return forceAtlas2(work, { iterations: o.iterations, settings, getEdgeWeight: 'weight' });
}

/**
 * ForceAtlas2 settings for a graph: `forceAtlas2.inferSettings` (gravity, scaling, slow-down by
 * size), with the Barnes-Hut approximation from 1,000 nodes on instead of 2,000 (it keeps an
 * iteration near O(n log n); results stay deterministic).
 *
 * @example
 * ```ts
 * largeSettings(graph).barnesHutOptimize; // true for 1,500 nodes
 * ```
 */
export function largeSettings(graph: Graph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order >= 1000 };
}

/**
 * {@link layoutLarge}, then writes `x` and `y` onto the graph's nodes (an explicit effect, as
 * graphology's `*.assign`).
 *
 * @example
 * ```ts
 * layoutLargeAssign(graph, { iterations: 100, seed: 1 });
 * ```
 */
export function layoutLargeAssign(graph: Graph, options: Partial<LayoutLargeOptions> = {}): void {
  const positions = layoutLarge(graph, options);
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...positions[node] }), { attributes: ['x', 'y'] });
}

import type { LocalizedText } from '../dimensions/types';
import { OptionsError } from '../errors/relcap-error';
import { connectedComponents } from 'graphology-components';
import type { NetworkMap } from '../map/types';
import { mapBetweenness } from './betweenness';
import { burtConstraint, burtEffectiveSize } from './burt';
import { directedDensity, reciprocity } from './graph-metrics';
import { type MapGraphOptions, mapToGraph } from './map-to-graph';

/** Metrics of one actor; see docs/network-metrics.md for each formula. */
export interface ActorMetrics {
  readonly id: string;
  readonly label: string;
  /** inDegree + outDegree (arcs, a mutual relation counts in both). */
  readonly degree: number;
  readonly inDegree: number;
  readonly outDegree: number;
  /** Sum of the weights of incoming / outgoing arcs. */
  readonly inStrength: number;
  readonly outStrength: number;
  /** Unweighted shortest-path betweenness (Brandes 2001), normalised by (n-1)(n-2). */
  readonly betweenness: number;
  /** Betweenness over weighted shortest paths, distance = 1 / weight, same normalisation. */
  readonly weightedBetweenness: number;
  /** Burt's constraint (weighted); `null` for an isolate. */
  readonly constraint: number | null;
  /** Burt's effective size (weighted); `null` for an isolate. */
  readonly effectiveSize: number | null;
}

/** Network-level and per-actor metrics of a map. */
export interface MapMetrics {
  /** Number of actors (nodes). */
  readonly actorCount: number;
  /** Number of arcs of the analysis graph (`mapToGraph`). */
  readonly arcCount: number;
  readonly density: number;
  readonly reciprocity: number;
  /** Number of weakly connected components (isolates count as components). */
  readonly components: number;
  /** The weakly connected components, each a list of actor ids in map order; largest first, ties in map order. */
  readonly componentMembers: readonly (readonly string[])[];
  /** Ids of actors without any arc (an actor with only `missing` relations is an isolate). */
  readonly isolates: readonly string[];
  /**
   * What was counted, in words: every actor of the map (the child included) and the arcs of
   * relations not marked missing, a mutual relation as two arcs. `rankGaps` counts components
   * among professionals only, so the two can differ.
   */
  readonly scope: LocalizedText;
  /** One entry per actor, in map order. */
  readonly actors: readonly ActorMetrics[];
}

/**
 * Largest map {@link computeMapMetrics} accepts: betweenness (Brandes 2001) takes time in the
 * order of actors × arcs, computed twice; at 5,000 actors and 50,000 relations that is a few
 * seconds. A map around a child has tens of actors.
 * @example
 * ```ts
 * map.actors.length <= MAX_METRICS_ACTORS;
 * ```
 */
export const MAX_METRICS_ACTORS = 5_000;
/**
 * Largest number of relations {@link computeMapMetrics} accepts (see {@link MAX_METRICS_ACTORS}).
 * @example
 * ```ts
 * map.relations.length <= MAX_METRICS_RELATIONS;
 * ```
 */
export const MAX_METRICS_RELATIONS = 50_000;

/**
 * Computes the metrics of a map on its analysis graph ({@link mapToGraph}: directed, simple,
 * `missing` relations and self-loops left out, mutual relations as two arcs), over every actor
 * of the map, the child included. Throws `OptionsError` (`RELCAP_MAP_TOO_LARGE`) past
 * {@link MAX_METRICS_ACTORS} actors or {@link MAX_METRICS_RELATIONS} relations.
 *
 * @example
 * ```ts
 * const m = computeMapMetrics(map);
 * m.density; m.components; m.actors.find((a) => a.id === 'laerer')?.betweenness;
 * ```
 */
export function computeMapMetrics(map: NetworkMap, options: Partial<MapGraphOptions> = {}): MapMetrics {
  if (map.actors.length > MAX_METRICS_ACTORS || map.relations.length > MAX_METRICS_RELATIONS) {
    throw new OptionsError('RELCAP_MAP_TOO_LARGE', 'network/computeMapMetrics: the map is too large for the metrics (betweenness grows with actors times arcs)', {
      value: `${map.actors.length} actors, ${map.relations.length} relations`,
      expected: `at most ${MAX_METRICS_ACTORS} actors and ${MAX_METRICS_RELATIONS} relations`,
    });
  }
  const graph = mapToGraph(map, options);
  const betweenness = mapBetweenness(graph, 'unweighted');
  const weighted = mapBetweenness(graph, 'distance');
  const constraint = burtConstraint(graph);
  const effectiveSize = burtEffectiveSize(graph);
  const order = new Map(graph.nodes().map((id, i) => [id, i]));
  const rank = (id: string): number => order.get(id) ?? 0;
  const components = connectedComponents(graph)
    .map((c) => c.sort((a, b) => rank(a) - rank(b)))
    .sort((a, b) => b.length - a.length || rank(a[0] ?? '') - rank(b[0] ?? ''));
  const actors: ActorMetrics[] = graph.mapNodes((id, attr) => {
    let inStrength = 0;
    let outStrength = 0;
    graph.forEachInEdge(id, (_e, a) => {
      inStrength += a.weight;
    });
    graph.forEachOutEdge(id, (_e, a) => {
      outStrength += a.weight;
    });
    return {
      id,
      label: attr.label,
      degree: graph.inDegree(id) + graph.outDegree(id),
      inDegree: graph.inDegree(id),
      outDegree: graph.outDegree(id),
      inStrength,
      outStrength,
      betweenness: betweenness[id] ?? 0,
      weightedBetweenness: weighted[id] ?? 0,
      constraint: constraint[id] ?? null,
      effectiveSize: effectiveSize[id] ?? null,
    };
  });
  return {
    actorCount: graph.order,
    arcCount: graph.size,
    density: directedDensity(graph),
    reciprocity: reciprocity(graph),
    components: components.length,
    componentMembers: components,
    isolates: graph.filterNodes((id) => graph.degree(id) === 0),
    scope: {
      da: `Optalt over alle ${graph.order} aktører (barnet medregnet) og ${graph.size} pile fra relationer, der ikke er markeret som manglende (en gensidig relation tæller som to pile). relcap map gaps tæller dele i netværket af fagpersoner uden barn og familie, så tallene kan være forskellige.`,
      en: `Counted over all ${graph.order} actors (the child included) and ${graph.size} arcs from relations not marked missing (a mutual relation counts as two arcs). relcap map gaps counts parts in the network of professionals without the child and family, so the numbers can differ.`,
    },
    actors,
  };
}

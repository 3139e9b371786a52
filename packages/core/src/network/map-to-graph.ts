import { DirectedGraph } from 'graphology';
import { actorSector } from '../map/actor-sector';
import { type RelationBand, relationBand } from '../map/relation-band';
import type { ActorKind, NetworkMap, Sector } from '../map/types';
import { checkWeights, DEFAULT_TIE_WEIGHT_OPTIONS, type TieWeightOptions, weightOf } from './tie-weight';

/** Node attributes of the analysis graph. */
export interface ActorNodeAttributes {
  readonly label: string;
  readonly kind: ActorKind;
  readonly sector: Sector;
  readonly coordinator: boolean;
}

/** Arc attributes of the analysis graph. */
export interface TieEdgeAttributes {
  /** Tie weight (see `relationWeight`); the largest when relations were merged. */
  weight: number;
  /** `1 / weight`: what weighted shortest paths add up (a strong tie is a short step). */
  distance: number;
  band: RelationBand;
  /** Ids of the map relations behind this arc. */
  relations: string[];
}

export type MapGraph = DirectedGraph<ActorNodeAttributes, TieEdgeAttributes>;

/** Options of {@link mapToGraph}. */
export interface MapGraphOptions extends TieWeightOptions {
  /** Actor kinds to include; relations touching other actors are left out. Default: all. */
  readonly kinds: readonly ActorKind[];
}

export const DEFAULT_MAP_GRAPH_OPTIONS: MapGraphOptions = {
  ...DEFAULT_TIE_WEIGHT_OPTIONS,
  kinds: ['child', 'family', 'professional', 'organisation'],
};

/**
 * Builds the analysis graph of a map: a simple graphology `DirectedGraph` with one node per
 * actor and one arc per ordered pair that has a tie. A directed relation gives the arc
 * source -> target; a mutual (undirected) relation gives both arcs. `missing` relations are not
 * arcs (they mark an absent tie); self-loops (within-role ties) are left out. Several relations
 * on the same arc are merged: the arc keeps the largest weight and lists every relation id.
 * A simple graph keeps density within 0..1 and matches the usual directed-network definitions
 * (Wasserman & Faust 1994).
 *
 * @example
 * ```ts
 * const graph = mapToGraph(map);
 * graph.getEdgeAttribute('laerer', 'paedagog', 'weight'); // 1
 * ```
 */
export function mapToGraph(map: NetworkMap, options: Partial<MapGraphOptions> = {}): MapGraph {
  const o = { ...DEFAULT_MAP_GRAPH_OPTIONS, ...options };
  checkWeights(o.weights);
  const graph: MapGraph = new DirectedGraph<ActorNodeAttributes, TieEdgeAttributes>();
  for (const a of map.actors) {
    if (!o.kinds.includes(a.kind)) continue;
    graph.addNode(a.id, { label: a.label, kind: a.kind, sector: actorSector(a), coordinator: a.coordinator === true });
  }
  for (const r of map.relations) {
    if (r.source === r.target || !graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    const weight = weightOf(r, o);
    if (weight === undefined) continue;
    const band = relationBand(r, o.bands);
    const arcs: [string, string][] = r.directed ? [[r.source, r.target]] : [[r.source, r.target], [r.target, r.source]];
    for (const [s, t] of arcs) {
      if (!graph.hasEdge(s, t)) {
        graph.addEdge(s, t, { weight, distance: 1 / weight, band, relations: [r.id] });
        continue;
      }
      const e = graph.getEdgeAttributes(s, t);
      e.relations.push(r.id);
      if (weight > e.weight) {
        e.weight = weight;
        e.distance = 1 / weight;
        e.band = band;
      }
    }
  }
  return graph;
}

// The first implementation of rankGaps, kept as the reference the fast one is tested against
// (rank-gaps-equivalence.test.ts) and timed against (packages/visualizer/bench/edit.bench.ts):
// for every candidate it copies the graph, adds the tie and recomputes global efficiency with
// a Dijkstra search from every node, O(c · n · (n + m) · n) with the linear-scan Dijkstra.
import { findGaps } from '../../src/map/find-gaps';
import { type RelationBand, relationBand } from '../../src/map/relation-band';
import type { NetworkMap } from '../../src/map/types';
import { mapBetweenness } from '../../src/network/betweenness';
import { gapReason } from '../../src/network/gap-reason';
import { DEFAULT_MAP_GRAPH_OPTIONS, type MapGraphOptions, mapToGraph } from '../../src/network/map-to-graph';
import type { GapKind } from '../../src/network/gap-reason';
import type { RankedGap, RankGapsOptions } from '../../src/network/rank-gaps';
import { copyView, countComponents, efficiency, setStep, undirectedView } from '../../src/network/undirected-view';

const DEFAULT_RANK_GAPS_OPTIONS: MapGraphOptions = { ...DEFAULT_MAP_GRAPH_OPTIONS, kinds: ['professional', 'organisation'] };

const KIND_ORDER: Record<GapKind, number> = { missing: 0, none: 1, weak: 2 };
const EPS = 1e-9;

/**
 * Ranks the gaps between professionals by how much closing them would connect the network of
 * professionals (the actors of `kinds`, by default professionals and organisations: the child
 * and the family are left out, so that ties through the child do not hide missing cooperation).
 * Candidates, one per unordered pair of professionals:
 * - `missing`: every relation of the pair is marked `missing`;
 * - `none`: no relation at all ({@link findGaps});
 * - `weak`: the pair's best relation is weak (no strong, moderate, stressful or unknown one).
 * Closing means a mutual strong tie (distance 1 / weights.strong). Order: larger drop in the
 * number of components, then larger gain in global efficiency (Latora & Marchiori 2001: the mean
 * of 1 / distance over all pairs, undirected, distance = 1 / weight; its inverse is the harmonic
 * mean distance, which, unlike the plain average, stays defined when the network is in parts and
 * does not reward joining two isolated actors to each other over joining one to the main group),
 * then larger endpoint betweenness, then missing before none before weak, then map order. Each
 * gap has a reason in Danish and English.
 *
 * @example
 * ```ts
 * rankGaps(map)[0]?.reason.da;
 * ```
 */
export function rankGapsReference(map: NetworkMap, options: Partial<RankGapsOptions> = {}): RankedGap[] {
  const o = { ...DEFAULT_RANK_GAPS_OPTIONS, ...options };
  const graph = mapToGraph(map, o);
  const view = undirectedView(graph);
  const componentsBefore = countComponents(view);
  const efficiencyBefore = efficiency(view);
  const betweenness = mapBetweenness(graph, 'unweighted');
  const label = new Map(map.actors.map((a) => [a.id, a.label]));
  const order = new Map(map.actors.map((a, i) => [a.id, i]));
  const candidates = collectCandidates(map, o.bands);
  const ranked = candidates.map((c) => {
    const tried = copyView(view);
    setStep(tried, c.a, c.b, 1 / o.weights.strong);
    const componentsAfter = countComponents(tried);
    const efficiencyAfter = efficiency(tried);
    const endpointBetweenness = (betweenness[c.a] ?? 0) + (betweenness[c.b] ?? 0);
    const reason = gapReason({
      kind: c.kind,
      labelA: label.get(c.a) ?? c.a,
      labelB: label.get(c.b) ?? c.b,
      componentsBefore,
      componentsAfter,
      efficiencyBefore,
      efficiencyAfter,
      endpointBetweenness,
    });
    return {
      ...c,
      componentsBefore,
      componentsAfter,
      componentsDrop: componentsBefore - componentsAfter,
      efficiencyBefore,
      efficiencyAfter,
      efficiencyGain: efficiencyAfter - efficiencyBefore,
      averageDistanceBefore: efficiencyBefore === 0 ? null : 1 / efficiencyBefore,
      averageDistanceAfter: efficiencyAfter === 0 ? null : 1 / efficiencyAfter,
      endpointBetweenness,
      reason,
    };
  });
  const pos = (g: RankedGap): number => (order.get(g.a) ?? 0) * map.actors.length + (order.get(g.b) ?? 0);
  return ranked.sort(
    (x, y) =>
      y.componentsDrop - x.componentsDrop ||
      cmp(y.efficiencyGain, x.efficiencyGain) ||
      cmp(y.endpointBetweenness, x.endpointBetweenness) ||
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      pos(x) - pos(y),
  );
}

function cmp(x: number, y: number): number {
  return Math.abs(x - y) <= EPS ? 0 : x - y;
}

interface Candidate {
  readonly a: string;
  readonly b: string;
  readonly kind: GapKind;
  readonly relationIds: readonly string[];
}

function collectCandidates(map: NetworkMap, bands: MapGraphOptions['bands']): Candidate[] {
  const pros = map.actors.filter((a) => a.kind === 'professional');
  const index = new Map(pros.map((a, i) => [a.id, i]));
  const pairs = new Map<string, { a: string; b: string; ids: string[]; bands: RelationBand[] }>();
  for (const r of map.relations) {
    const i = index.get(r.source);
    const j = index.get(r.target);
    if (i === undefined || j === undefined || i === j) continue;
    const [a, b] = i < j ? [r.source, r.target] : [r.target, r.source];
    const key = `${a}\u0000${b}`;
    const entry = pairs.get(key) ?? { a, b, ids: [], bands: [] };
    entry.ids.push(r.id);
    entry.bands.push(relationBand(r, bands));
    pairs.set(key, entry);
  }
  const out: Candidate[] = [];
  for (const p of pairs.values()) {
    if (p.bands.every((b) => b === 'missing')) out.push({ a: p.a, b: p.b, kind: 'missing', relationIds: p.ids });
    else if (p.bands.every((b) => b === 'missing' || b === 'weak')) out.push({ a: p.a, b: p.b, kind: 'weak', relationIds: p.ids });
  }
  for (const g of findGaps(map)) out.push({ a: g.a, b: g.b, kind: 'none', relationIds: [] });
  return out;
}

import type { LocalizedText } from '../dimensions/types';
import { OptionsError } from '../errors/relcap-error';
import type { NetworkMap } from '../map/types';
import { mapBetweenness } from './betweenness';
import { closingGain, closingGainBound } from './closing-gain';
import { distanceMatrix, distanceMatrixCost, stepCount } from './distance-matrix';
import { gapCandidates, gapCandidatesCost } from './gap-candidates';
import { type GapKind, gapReason } from './gap-reason';
import { DEFAULT_MAP_GRAPH_OPTIONS, type MapGraphOptions, mapToGraph } from './map-to-graph';
import { componentLabels, undirectedView } from './undirected-view';


/** A gap among professionals, with what closing it would change. */
export interface RankedGap {
  /** Actor ids, `a` before `b` in map order. */
  readonly a: string;
  readonly b: string;
  readonly kind: GapKind;
  /** Relations between a and b (none for kind `none`). */
  readonly relationIds: readonly string[];
  readonly componentsBefore: number;
  readonly componentsAfter: number;
  /** componentsBefore - componentsAfter. */
  readonly componentsDrop: number;
  /** Global efficiency (mean of 1 / distance over all ordered pairs, 0 when unreachable), before and after. */
  readonly efficiencyBefore: number;
  readonly efficiencyAfter: number;
  /** efficiencyAfter - efficiencyBefore: how much shorter the paths get (never negative). */
  readonly efficiencyGain: number;
  /** Harmonic mean distance = 1 / efficiency, in strong-tie steps; `null` when no pair is connected. */
  readonly averageDistanceBefore: number | null;
  readonly averageDistanceAfter: number | null;
  /** Sum of the two actors' unweighted betweenness (normalised) in the professional network. */
  readonly endpointBetweenness: number;
  readonly reason: LocalizedText;
}

/** Options of {@link rankGaps}: the analysis-graph options, a work budget and a limit. */
export interface RankGapsOptions extends MapGraphOptions {
  /**
   * Work units the ranking may spend (see {@link rankGaps} for what a unit is). When the fixed
   * part does not fit, nothing is ranked; when the candidates do not all fit, the ones evaluated
   * are ranked; either way the result says `complete: false`. `Infinity` removes the bound.
   */
  readonly budget: number;
  /** Return at most this many gaps (a positive integer or `Infinity`); candidates that cannot reach them are skipped. */
  readonly limit: number;
}

/**
 * Default work budget of {@link rankGaps}: 20 million units, about 0.1 to 0.3 s on a laptop; a
 * 60-actor map needs well under 1 million.
 *
 * @example
 * ```ts
 * rankGaps(map, { budget: 10 * DEFAULT_GAP_BUDGET }); // a patient batch run on a large map
 * ```
 */
export const DEFAULT_GAP_BUDGET = 20_000_000;

/**
 * Defaults of {@link RankGapsOptions}: professionals and organisations, the default tie weights,
 * {@link DEFAULT_GAP_BUDGET}, no limit.
 *
 * @example
 * ```ts
 * rankGaps(map, { ...DEFAULT_RANK_GAPS_OPTIONS, limit: 5 });
 * ```
 */
export const DEFAULT_RANK_GAPS_OPTIONS: RankGapsOptions = {
  ...DEFAULT_MAP_GRAPH_OPTIONS,
  kinds: ['professional', 'organisation'],
  budget: DEFAULT_GAP_BUDGET,
  limit: Number.POSITIVE_INFINITY,
};

/** The ranked gaps, and whether every candidate that could be among them was evaluated. */
export interface GapRanking {
  /** Ranked best first; at most `limit`. */
  readonly gaps: RankedGap[];
  /** True when `gaps` is exactly the top of the full ranking; false when the budget cut it short. */
  readonly complete: boolean;
  /** Candidate pairs found; `null` when the budget did not allow looking for them. */
  readonly candidates: number | null;
  /** Candidates whose gain was computed. */
  readonly evaluated: number;
  /** Work units spent (or, when nothing was ranked, the units the fixed part would have needed). */
  readonly work: number;
  readonly budget: number;
}

const KIND_ORDER: Record<GapKind, number> = { missing: 0, none: 1, weak: 2 };
const EPS = 1e-9;

/**
 * Ranks the gaps between professionals by how much closing them would connect the network of
 * professionals (the actors of `kinds`, by default professionals and organisations: the child
 * and the family are left out, so that ties through the child do not hide missing cooperation).
 * Candidates, one per unordered pair of professionals:
 * - `missing`: every relation of the pair is marked `missing`;
 * - `none`: no relation at all (`findGaps`);
 * - `weak`: the pair's best relation is weak (no strong, moderate, stressful or unknown one).
 * Closing means a mutual strong tie (distance 1 / weights.strong). Order: larger drop in the
 * number of components, then larger gain in global efficiency (Latora & Marchiori 2001: the mean
 * of 1 / distance over all pairs, undirected, distance = 1 / weight; its inverse is the harmonic
 * mean distance, which, unlike the plain average, stays defined when the network is in parts and
 * does not reward joining two isolated actors to each other over joining one to the main group),
 * then larger endpoint betweenness, then missing before none before weak, then map order. Each
 * gap has a reason in Danish and English.
 *
 * Cost, with n actors of `kinds`, m ties among them, p professionals, r relations, c candidates
 * (c ≤ p²/2): a fixed part of p²/2 + r (candidates) + 2 · n · (n + 2m) (all-pairs distances
 * once, Dijkstra with a heap, and Brandes betweenness) work units, then per candidate
 * n + |side a| · |side b| ≤ n + n²/4 units (the gain from d(x, a) + w + d(b, y), see
 * `closingGain`), so at most p²/2 + r + 2n(n + 2m) + c(n + n²/4) in all; memory 8 · n² bytes
 * for the distances. The `budget` (default {@link DEFAULT_GAP_BUDGET}) bounds this: the fixed
 * part runs only if it fits, candidates are evaluated (most components joined and highest
 * endpoint betweenness first) while the budget lasts, overshooting by at most one candidate's
 * units; a result cut short says `complete: false`, never silently. With a `limit`, candidates
 * that join fewer parts than the `limit`-th one are skipped, and the others are evaluated from
 * the highest upper bound of their gain down (`closingGainBound`, n units each) until no bound
 * left can reach the `limit`-th gain: still the exact top. A live summary asks for a limit.
 *
 * @example
 * ```ts
 * const { gaps, complete } = rankGaps(map, { limit: 5 });
 * if (!complete) console.warn('ranking cut short by the work budget');
 * gaps[0]?.reason.da;
 * ```
 */
export function rankGaps(map: NetworkMap, options: Partial<RankGapsOptions> = {}): GapRanking {
  const o = { ...DEFAULT_RANK_GAPS_OPTIONS, ...options };
  checkOptions(o);
  const graph = mapToGraph(map, o);
  const view = undirectedView(graph);
  const n = view.size;
  const pros = map.actors.filter((a) => a.kind === 'professional').length;
  const fixed = gapCandidatesCost(pros, map.relations.length) + 2 * distanceMatrixCost(n, stepCount(view));
  if (fixed > o.budget) return { gaps: [], complete: false, candidates: null, evaluated: 0, work: fixed, budget: o.budget };
  const { label: comp, count: componentsBefore } = componentLabels(view);
  const dm = distanceMatrix(view);
  let total = 0;
  for (let i = 0; i < dm.d.length; i++) {
    const d = dm.d[i]!;
    if (d > 0) total += 1 / d;
  }
  const pairs = n * (n - 1);
  const efficiencyBefore = n < 2 ? 0 : total / pairs;
  const betweenness = mapBetweenness(graph, 'unweighted');
  const order = new Map(map.actors.map((a, i) => [a.id, i]));
  // Candidates and their keys in flat arrays: ordering and ranking compare numbers, and the
  // result objects (with their reasons) are built only for the gaps returned.
  const compOf = new Int32Array(n);
  const ebOf = new Float64Array(n);
  dm.ids.forEach((id, i) => {
    compOf[i] = comp.get(id) ?? -1;
    ebOf[i] = betweenness[id] ?? 0;
  });
  const cands = gapCandidates(map, o.bands);
  const k = cands.length;
  const ia = new Int32Array(k);
  const ib = new Int32Array(k);
  const drop = new Uint8Array(k);
  const eb = new Float64Array(k);
  const kind = new Uint8Array(k);
  const pos = new Float64Array(k);
  let joining = 0;
  for (let i = 0; i < k; i++) {
    const c = cands[i]!;
    const x = dm.index.get(c.a) ?? -1;
    const y = dm.index.get(c.b) ?? -1;
    ia[i] = x;
    ib[i] = y;
    drop[i] = x >= 0 && y >= 0 && compOf[x] !== compOf[y] ? 1 : 0;
    joining += drop[i]!;
    eb[i] = (x >= 0 ? ebOf[x]! : (betweenness[c.a] ?? 0)) + (y >= 0 ? ebOf[y]! : (betweenness[c.b] ?? 0));
    kind[i] = KIND_ORDER[c.kind];
    pos[i] = (order.get(c.a) ?? 0) * map.actors.length + (order.get(c.b) ?? 0);
  }
  const tail = (x: number, y: number): number => cmp(eb[y]!, eb[x]!) || kind[x]! - kind[y]! || pos[x]! - pos[y]!;
  const cheap = (x: number, y: number): number => drop[y]! - drop[x]! || tail(x, y);
  const w = 1 / o.weights.strong;
  const sum = new Float64Array(k);
  const done: number[] = [];
  const scratch = new Int32Array(n);
  let work = fixed;
  let cut = false;
  const evaluate = (i: number): boolean => {
    if (work + n > o.budget) {
      cut = true;
      return false;
    }
    const gain = ia[i]! < 0 || ib[i]! < 0 ? { sum: 0, work: 1 } : closingGain(dm, ia[i]!, ib[i]!, w, scratch);
    work += gain.work;
    sum[i] = gain.sum;
    done.push(i);
    return true;
  };
  const all = Array.from({ length: k }, (_, i) => i);
  if (o.limit >= k) {
    // Evaluated by the cheap keys, so that a ranking cut short keeps the most promising; the
    // order only matters when the budget may not cover every candidate.
    if (work + k * (n + (n * n) / 4) > o.budget) all.sort(cheap);
    for (const i of all) if (!evaluate(i)) break;
  } else {
    // A limited ranking: the candidates of the part the limit falls in are evaluated in the order
    // of an upper bound of their gain, until none left can reach the limit-th (branch and bound).
    const ones = all.filter((i) => drop[i] === 1).sort(cheap);
    const zeros = all.filter((i) => drop[i] === 0);
    const [full, group, slots] = joining >= o.limit ? [[], ones, o.limit] : [ones, zeros, o.limit - joining];
    for (const i of full) if (!evaluate(i)) break;
    if (!cut) rankWithin(group, slots);
  }

  function rankWithin(group: readonly number[], slots: number): void {
    const bound = new Float64Array(k);
    for (const i of group) {
      if (work + n > o.budget) {
        cut = true;
        return;
      }
      bound[i] = ia[i]! < 0 || ib[i]! < 0 ? 0 : closingGainBound(dm, ia[i]!, ib[i]!, w).sum;
      work += n;
    }
    const heap = maxHeap(group, bound);
    const top: number[] = []; // the best `slots` exact gains so far, largest first
    for (let i = heap.pop(); i >= 0; i = heap.pop()) {
      const kth = top.length >= slots ? top[slots - 1]! : Number.NEGATIVE_INFINITY;
      if ((bound[i]! - kth) / pairs < -2 * EPS) return;
      if (!evaluate(i)) return;
      const at = top.findIndex((g) => g < sum[i]!);
      top.splice(at < 0 ? top.length : at, 0, sum[i]!);
      if (top.length > slots) top.pop();
    }
  }
  const after = (i: number): number => (n < 2 ? 0 : (total + sum[i]!) / pairs);
  const gainOf = (i: number): number => after(i) - efficiencyBefore;
  done.sort((x, y) => drop[y]! - drop[x]! || cmp(gainOf(y), gainOf(x)) || tail(x, y));
  const label = new Map(map.actors.map((a) => [a.id, a.label]));
  const gaps = done.slice(0, o.limit).map((i): RankedGap => {
    const c = cands[i]!;
    const efficiencyAfter = after(i);
    const componentsAfter = componentsBefore - drop[i]!;
    const effect = { componentsBefore, componentsAfter, efficiencyBefore, efficiencyAfter, endpointBetweenness: eb[i]! };
    return {
      ...c,
      ...effect,
      componentsDrop: drop[i]!,
      efficiencyGain: efficiencyAfter - efficiencyBefore,
      averageDistanceBefore: efficiencyBefore === 0 ? null : 1 / efficiencyBefore,
      averageDistanceAfter: efficiencyAfter === 0 ? null : 1 / efficiencyAfter,
      reason: gapReason({ ...effect, kind: c.kind, labelA: label.get(c.a) ?? c.a, labelB: label.get(c.b) ?? c.b }),
    };
  });
  return { gaps, complete: !cut, candidates: k, evaluated: done.length, work, budget: o.budget };
}

/** A binary max-heap of candidate indices by `key`, built in O(k); `pop` gives -1 when empty. */
function maxHeap(items: readonly number[], key: Float64Array): { pop: () => number } {
  const h = Int32Array.from(items);
  let size = h.length;
  const down = (start: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const r = l + 1;
      const c = r < size && key[h[r]!]! > key[h[l]!]! ? r : l;
      if (key[h[c]!]! <= key[h[i]!]!) return;
      const t = h[i]!;
      h[i] = h[c]!;
      h[c] = t;
      i = c;
    }
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) down(i);
  return {
    pop: () => {
      if (size === 0) return -1;
      const top = h[0]!;
      h[0] = h[--size]!;
      down(0);
      return top;
    },
  };
}

function cmp(x: number, y: number): number {
  return Math.abs(x - y) <= EPS ? 0 : x - y;
}

function checkOptions(o: RankGapsOptions): void {
  if (!(typeof o.budget === 'number' && o.budget > 0 && !Number.isNaN(o.budget))) {
    throw new OptionsError('RELCAP_BAD_OPTION', 'rankGaps: invalid option "budget"', { column: 'budget', value: String(o.budget), expected: 'a number above 0 (Infinity for no bound)' });
  }
  if (!(o.limit === Number.POSITIVE_INFINITY || (Number.isInteger(o.limit) && o.limit >= 1))) {
    throw new OptionsError('RELCAP_BAD_OPTION', 'rankGaps: invalid option "limit"', { column: 'limit', value: String(o.limit), expected: 'an integer of at least 1, or Infinity' });
  }
}

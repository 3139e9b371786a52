import { type AlphaSums, createAlphaAccumulator } from '../stats/cronbach-alpha';
import { CELL_EMPTY, CELL_MISSING } from './rating-store';
import { RationalMoments } from './rational-moments';
import type { ScorerState } from './scorer-state';

/** Everything `finish` needs about one directed role pair. Internal. */
export interface TieAccumulator {
  readonly from: number;
  readonly to: number;
  incomplete: number;
  /** Individual indexes `rc(r, to)` of the valid ratings. */
  readonly rc: RationalMoments;
  /** Per dimension: the answered values among the valid ratings. */
  readonly dims: readonly RationalMoments[];
  /** Per group: the valid ratings' individual subscale scores. */
  readonly groups: readonly RationalMoments[];
}

/** Result of one pass over the stored ratings. Internal. */
export interface RatingPass {
  /** One accumulator per role pair with at least one rating, in first-seen order. */
  readonly ties: readonly TieAccumulator[];
  readonly valid: number;
  readonly incomplete: number;
  readonly alpha: AlphaSums;
}

/**
 * One pass over the stored ratings: the individual index of each rating (docs/scoring.md, rule 1),
 * grouped by role pair (rule 2), and the Cronbach sums over complete ratings. Internal.
 */
export function accumulateRatings(state: ScorerState): RatingPass {
  const { store, options, respondentRole, roleNames } = state;
  const set = options.dimensionSet;
  const dims = set.dimensions.length;
  const groupIndex = new Map(set.groups.map((g, i) => [g.key, i]));
  const groupOf = set.dimensions.map((d) => groupIndex.get(d.group)!);
  const groupSize = set.groups.map((_, g) => groupOf.filter((x) => x === g).length);
  const roles = roleNames.length;
  const byKey = new Map<number, TieAccumulator>();
  const ties: TieAccumulator[] = [];
  const alpha = createAlphaAccumulator(dims);
  const row = new Float64Array(dims);
  const gSum = new Float64Array(set.groups.length);
  const gCount = new Int32Array(set.groups.length);
  const rcProto = new RationalMoments(dims);
  let valid = 0;
  let incomplete = 0;
  for (let i = 0; i < store.size; i++) {
    const from = respondentRole[store.respondent[i]!]!;
    const to = store.target[i]!;
    const key = from * roles + to;
    let acc = byKey.get(key);
    if (acc === undefined) {
      acc = {
        from,
        to,
        incomplete: 0,
        rc: new RationalMoments(dims, rcProto.lcm),
        dims: set.dimensions.map(() => new RationalMoments(1)),
        groups: groupSize.map((s) => new RationalMoments(Math.max(s, 1))),
      };
      byKey.set(key, acc);
      ties.push(acc);
    }
    let k = 0;
    let sum = 0;
    gSum.fill(0);
    gCount.fill(0);
    const base = i * dims;
    for (let d = 0; d < dims; d++) {
      const c = store.cells[base + d]!;
      row[d] = c;
      if (c === CELL_EMPTY || c === CELL_MISSING) continue;
      k++;
      sum += c;
      gSum[groupOf[d]!]! += c;
      gCount[groupOf[d]!]!++;
    }
    if (k < options.minItems) {
      acc.incomplete++;
      incomplete++;
      continue;
    }
    valid++;
    acc.rc.add(sum, k);
    for (let d = 0; d < dims; d++) if (row[d] !== CELL_EMPTY && row[d] !== CELL_MISSING) acc.dims[d]!.add(row[d]!, 1);
    for (let g = 0; g < gSum.length; g++) if (gCount[g]! > 0) acc.groups[g]!.add(gSum[g]!, gCount[g]!);
    if (k === dims) alpha.add(row);
  }
  return { ties, valid, incomplete, alpha: alpha.sums() };
}

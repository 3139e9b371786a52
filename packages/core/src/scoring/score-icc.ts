import { type IccGroupSummary, type IccResult, iccFromGroups } from '../stats/icc';
import type { TieAccumulator } from './accumulate-ratings';
import { RationalMoments } from './rational-moments';

/**
 * ICC(1) and ICC(2) of a score (Bliese 2000), as in `score.reliability.icc`: the individual
 * indexes of the valid ratings in ties that are not suppressed, grouped by directed role pair
 * (`pair`), and, for between-role ratings only, by rated role (`target`).
 * @example
 * ```ts
 * const { pair, target } = score.reliability.icc;
 * pair.icc1.value; // share of variance between ties
 * ```
 */
export interface ScoreIcc {
  readonly pair: IccResult;
  readonly target: IccResult;
}

const summary = (key: string, m: RationalMoments): IccGroupSummary => ({
  key,
  size: m.n,
  mean: m.mean() ?? 0,
  sumOfSquares: m.n < 2 ? 0 : m.variance()! * (m.n - 1),
});

const byKey = (a: IccGroupSummary, b: IccGroupSummary): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * ICC by pair and by rated role from the tie accumulators' exact running sums (no individual
 * ratings are kept). `shown[i]` tells whether tie `accs[i]` is not suppressed. Internal.
 */
export function scoreIcc(accs: readonly TieAccumulator[], shown: readonly boolean[], roleNames: readonly string[]): ScoreIcc {
  const pairs: IccGroupSummary[] = [];
  const targets = new Map<string, RationalMoments>();
  accs.forEach((acc, i) => {
    if (!shown[i] || acc.rc.n === 0) return;
    const from = roleNames[acc.from]!;
    const to = roleNames[acc.to]!;
    pairs.push(summary(`${from} -> ${to}`, acc.rc));
    if (acc.from === acc.to) return;
    let t = targets.get(to);
    if (t === undefined) {
      t = new RationalMoments(acc.rc.maxK, acc.rc.lcm);
      targets.set(to, t);
    }
    t.merge(acc.rc);
  });
  const target = [...targets].map(([k, m]) => summary(k, m));
  return { pair: iccFromGroups('pair', pairs.sort(byKey)), target: iccFromGroups('target', target.sort(byKey)) };
}

import type { TieAccumulator } from './accumulate-ratings';
import type { AsymmetryScore, NetworkScore, TieScore } from './survey-score';

/**
 * Network RC (docs/scoring.md, rule 5), between-role ties only. `rcUnweighted`: mean of the
 * non-suppressed ties' `rc`, each directed tie once. `rcWeighted`: mean of every valid individual
 * rating on those same ties (exact: pooled from the ties' rational sums), so suppressed ties
 * count in neither mean. `ties[i]` and `accs[i]` describe the same role pair. Internal.
 */
export function summariseNetwork(ties: readonly TieScore[], accs: readonly TieAccumulator[]): NetworkScore {
  let between = 0;
  let suppressed = 0;
  let tieSum = 0;
  let tieCount = 0;
  let pooled = 0n;
  let ratings = 0;
  let lcm = 1n;
  ties.forEach((t, i) => {
    if (t.within) return;
    between++;
    if (t.suppressed || t.rc === null) {
      suppressed++;
      return;
    }
    tieSum += t.rc;
    tieCount++;
    const acc = accs[i]!;
    pooled += acc.rc.scaledTotal();
    ratings += acc.rc.n;
    lcm = acc.rc.lcm;
  });
  return {
    rcUnweighted: tieCount === 0 ? null : tieSum / tieCount,
    rcWeighted: ratings === 0 ? null : Number(pooled) / (ratings * Number(lcm)),
    betweenRoleTies: between,
    suppressedTies: suppressed,
    weightedRatings: ratings,
  };
}

/**
 * Asymmetry per unordered role pair with both directions present and not suppressed
 * (docs/scoring.md, rule 6): `difference = rc(a -> b) - rc(b -> a)`, `a` sorting first.
 * `ties` must be sorted by (from, to). Internal.
 */
export function summariseAsymmetry(ties: readonly TieScore[]): AsymmetryScore[] {
  const shown = new Map<string, number>();
  for (const t of ties) if (!t.within && !t.suppressed && t.rc !== null) shown.set(`${t.from}\u0000${t.to}`, t.rc);
  const out: AsymmetryScore[] = [];
  for (const t of ties) {
    if (t.within || t.rc === null || t.suppressed || !(t.from < t.to)) continue;
    const back = shown.get(`${t.to}\u0000${t.from}`);
    if (back === undefined) continue;
    out.push({ a: t.from, b: t.to, aToB: t.rc, bToA: back, difference: t.rc - back });
  }
  return out;
}

import { tConfidenceInterval } from '../stats/confidence-interval';
import { addF, type Fraction, fraction } from '../stats/fraction';
import { type RwgResult, rwgJExact } from '../stats/rwg';
import type { TieAccumulator } from './accumulate-ratings';
import { classifyBand } from './bands';
import type { ScoreOptions } from './score-options';
import type { TieScore } from './survey-score';

/** A record with every key of `keys` set to `null` (suppressed or empty). Internal. */
export function nullRecord(keys: readonly string[]): Record<string, number | null> {
  const r: Record<string, number | null> = {};
  for (const k of keys) r[k] = null;
  return r;
}

/**
 * Turns one role pair's accumulator into its published {@link TieScore} (docs/scoring.md,
 * rules 2-4): `rc` = mean of the individual indexes, `sd` with n - 1, a t interval, the band,
 * per-dimension means and subscale means; suppressed below `minRaters`. Internal.
 */
export function buildTieScore(acc: TieAccumulator, roleNames: readonly string[], o: ScoreOptions): TieScore {
  const set = o.dimensionSet;
  const from = roleNames[acc.from]!;
  const to = roleNames[acc.to]!;
  const n = acc.rc.n;
  const dimKeys = set.dimensions.map((d) => d.key);
  const groupKeys = set.groups.map((g) => g.key);
  const head = { from, to, within: acc.from === acc.to, n, incomplete: acc.incomplete };
  const rc = acc.rc.mean();
  if (n < o.minRaters || rc === null) {
    return {
      ...head,
      suppressed: true,
      rc: null,
      sd: null,
      ci95: null,
      band: null,
      dimensions: nullRecord(dimKeys),
      subscales: nullRecord(groupKeys),
      rwg: null,
    };
  }
  const variance = acc.rc.variance();
  const sd = variance === null ? null : Math.sqrt(variance);
  const dimensions: Record<string, number | null> = {};
  dimKeys.forEach((k, d) => {
    dimensions[k] = acc.dims[d]!.mean();
  });
  const subscales: Record<string, number | null> = {};
  groupKeys.forEach((k, g) => {
    subscales[k] = acc.groups[g]!.mean();
  });
  return {
    ...head,
    suppressed: false,
    rc,
    sd,
    ci95: sd === null ? null : tConfidenceInterval(rc, sd, n, o.confidence),
    band: classifyBand(rc, o.bands),
    dimensions,
    subscales,
    rwg: tieRwg(acc, o),
  };
}

/**
 * rwg(J) of a tie: J = the dimensions with at least 2 answered values among the valid ratings,
 * s² = the mean of their variances (n - 1), σ²_E = the mean of their uniform null variances
 * `(A^2 - 1)/12` (2 for every 1..5 dimension), all in exact rational arithmetic ({@link rwgJExact}).
 * `null` when no dimension qualifies.
 */
function tieRwg(acc: TieAccumulator, o: ScoreOptions): RwgResult | null {
  const variances: Fraction[] = [];
  let expected = fraction(0n, 1n);
  o.dimensionSet.dimensions.forEach((d, i) => {
    const v = acc.dims[i]!.varianceFraction();
    if (v === null) return;
    variances.push(v);
    const a = BigInt(d.scale.max - d.scale.min + 1);
    expected = addF(expected, fraction(a * a - 1n, 12n));
  });
  if (variances.length === 0) return null;
  return rwgJExact(variances, fraction(expected.num, expected.den * BigInt(variances.length)));
}

import { OptionsError } from '../errors/relcap-error';
import { checkFinite } from './check-finite';
import { type Criterion, criterion } from './criterion';
import { addF, divF, type Fraction, fraction, mulF, subF, toNumber } from './fraction';

/**
 * Conventional cut-off for agreement: rwg > 0.70 (LeBreton & Senter 2008).
 * @example
 * ```ts
 * tie.rwg !== null && tie.rwg.value > RWG_CUTOFF;
 * ```
 */
export const RWG_CUTOFF = 0.7;

/**
 * rwg(J) with what it was computed from. `value` is the reported agreement; when the observed
 * variance exceeds the expected (null) variance the formula leaves its range, `value` is set to
 * 0 and `truncated` is true (James, Demaree & Wolf 1984; LeBreton & Senter 2008), while `raw`
 * keeps the formula's own result (`null` when its denominator is 0).
 * @example
 * ```ts
 * const r: RwgResult = rwgJ([3, 3], 2);
 * r.truncated; // true: raters disagree more than chance, r.value = 0, r.raw = -2
 * ```
 */
export interface RwgResult extends Criterion {
  readonly value: number;
  readonly raw: number | null;
  readonly truncated: boolean;
  /** J, the number of items. */
  readonly items: number;
  /** s², the mean of the item variances. */
  readonly meanItemVariance: number;
  /** σ²_E, the variance expected under no agreement. */
  readonly expectedVariance: number;
}

/**
 * Variance of the discrete uniform distribution over `A` answer options, the usual null
 * distribution for rwg: `σ²_E = (A^2 - 1) / 12` (James, Demaree & Wolf 1984); 2 for A = 5.
 *
 * @example
 * ```ts
 * uniformNullVariance(5); // 2
 * uniformNullVariance(7); // 4
 * ```
 */
export function uniformNullVariance(options: number): number {
  if (!(Number.isInteger(options) && options >= 2)) {
    throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/uniformNullVariance: the number of options must be an integer >= 2', {
      value: String(options),
      expected: 'an integer >= 2',
    });
  }
  return (options * options - 1) / 12;
}

/**
 * Within-group agreement over J items (James, Demaree & Wolf 1984):
 *
 *     rwg(J) = J (1 - s²/σ²_E) / (J (1 - s²/σ²_E) + s²/σ²_E)
 *
 * with `s²` the mean of the item variances (each with n - 1) and `σ²_E` the expected variance
 * under no agreement. When `s² > σ²_E` the result leaves [0, 1] (it can be negative, above 1, or
 * undefined); following James et al. (1984) and LeBreton & Senter (2008) such values are set to
 * 0, flagged `truncated: true`, and the formula's result is kept in `raw`. Reported next to the
 * cut-off rwg > 0.70.
 *
 * @example
 * ```ts
 * // item variances 0.5, 1, 0.5 on a 5-point scale: s² = 2/3, s²/σ²_E = 1/3,
 * // rwg = 3 · 2/3 / (3 · 2/3 + 1/3) = 2 / (7/3) = 6/7
 * rwgJ([0.5, 1, 0.5], 2).value; // 0.857142...
 * ```
 */
export function rwgJ(itemVariances: readonly number[], expectedVariance: number): RwgResult {
  checkFinite(itemVariances, 'rwgJ');
  const j = itemVariances.length;
  if (j === 0 || itemVariances.some((v) => v < 0) || !(expectedVariance > 0 && Number.isFinite(expectedVariance))) {
    throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/rwgJ: needs at least one non-negative item variance and a positive expected variance', {
      value: `J=${j}, σ²_E=${expectedVariance}`,
      expected: 'J >= 1, variances >= 0, σ²_E > 0',
    });
  }
  const s2 = itemVariances.reduce((s, v) => s + v, 0) / j;
  const ratio = s2 / expectedVariance;
  const num = j * (1 - ratio);
  const den = num + ratio;
  const raw = den === 0 ? null : num / den;
  const truncated = ratio > 1;
  const value = truncated || raw === null ? 0 : raw;
  return {
    ...criterion(value, RWG_CUTOFF, '>'),
    value,
    raw,
    truncated,
    items: j,
    meanItemVariance: s2,
    expectedVariance,
  };
}

/**
 * {@link rwgJ} in exact rational arithmetic, for item variances that are exact fractions (the
 * scorer's are: integer answers give rational variances). The formula's denominator
 * `J (1 - s²/σ²_E) + s²/σ²_E` is then compared with 0 exactly, so `raw` is `null` when it is 0
 * (e.g. J = 7 items each with variance 7/3 against σ²_E = 2), never a huge number produced by
 * a rounding residue. Truncation (`s² > σ²_E`) is decided exactly too.
 *
 * @example
 * ```ts
 * const v = fraction(7n, 3n);
 * rwgJExact([v, v, v, v, v, v, v], fraction(2n, 1n)).raw; // null
 * ```
 */
export function rwgJExact(itemVariances: readonly Fraction[], expectedVariance: Fraction): RwgResult {
  const j = itemVariances.length;
  if (j === 0 || itemVariances.some((v) => v.num < 0n) || expectedVariance.num <= 0n) {
    throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/rwgJExact: needs at least one non-negative item variance and a positive expected variance', {
      value: `J=${j}`,
      expected: 'J >= 1, variances >= 0, σ²_E > 0',
    });
  }
  const jF = fraction(BigInt(j), 1n);
  const s2 = divF(itemVariances.reduce(addF, fraction(0n, 1n)), jF)!;
  const ratio = divF(s2, expectedVariance)!;
  const num = mulF(jF, subF(fraction(1n, 1n), ratio));
  const rawF = divF(num, addF(num, ratio));
  const raw = rawF === null ? null : toNumber(rawF);
  const truncated = ratio.num > ratio.den;
  const value = truncated || raw === null ? 0 : raw;
  return {
    ...criterion(value, RWG_CUTOFF, '>'),
    value,
    raw,
    truncated,
    items: j,
    meanItemVariance: toNumber(s2),
    expectedVariance: toNumber(expectedVariance),
  };
}

import { checkFinite } from './check-finite';

/**
 * Sample variance with Bessel's correction, `Σ(x - mean)^2 / (n - 1)`, computed in two passes
 * for numerical stability (Chan, Golub & LeVeque 1983). Returns `null` when `n < 2`.
 *
 * @example
 * ```ts
 * sampleVariance([2, 4, 4, 4, 5, 5, 7, 9]); // 32 / 7 ≈ 4.571
 * sampleVariance([3]); // null
 * ```
 */
export function sampleVariance(values: readonly number[]): number | null {
  checkFinite(values, 'sampleVariance');
  const n = values.length;
  if (n < 2) return null;
  let s = 0;
  for (const v of values) s += v;
  const m = s / n;
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return ss / (n - 1);
}

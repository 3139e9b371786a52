import { checkConfidence } from './confidence-interval';
import { tQuantile } from './t-distribution';

/**
 * The mean of paired differences `after - before` with its paired t interval.
 * @example
 * ```ts
 * const p: PairedDifference | null = pairedDifference([[3, 4], [4, 4], [2, 4]]);
 * p?.n; // 3
 * ```
 */
export interface PairedDifference {
  /** Number of pairs (respondents in both waves). */
  readonly n: number;
  /** Mean of `after - before`. */
  readonly mean: number;
  /** Sample standard deviation (n - 1) of the differences; `null` when n < 2. */
  readonly sd: number | null;
  /** `sd / sqrt(n)`; `null` when n < 2. */
  readonly se: number | null;
  /** `n - 1`; `null` when n < 2. */
  readonly df: number | null;
  /** `mean ± t(1 - (1 - confidence)/2, n - 1) · se`; `null` when n < 2 or se = 0. */
  readonly ci: readonly [number, number] | null;
}

/**
 * Paired difference of two waves (Student 1908): for each respondent in both waves
 * `d = after - before`, then `mean(d) ± t(n - 1) · sd(d) / sqrt(n)`. Returns `null` for no pairs.
 *
 * @example
 * ```ts
 * // differences 1, 0, 2: mean 1, sd 1, se 1/sqrt(3), t(0.975, 2) = 4.30265
 * pairedDifference([[3, 4], [4, 4], [2, 4]])?.ci; // [-1.4841, 3.4841]
 * ```
 */
export function pairedDifference(pairs: readonly (readonly [number, number])[], confidence = 0.95): PairedDifference | null {
  checkConfidence(confidence, 'stats/pairedDifference');
  const n = pairs.length;
  if (n === 0) return null;
  const d = pairs.map(([b, a]) => a - b);
  const mean = d.reduce((s, x) => s + x, 0) / n;
  if (n < 2) return { n, mean, sd: null, se: null, df: null, ci: null };
  const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const se = sd / Math.sqrt(n);
  const df = n - 1;
  if (se === 0) return { n, mean, sd, se, df, ci: null };
  const half = tQuantile(1 - (1 - confidence) / 2, df) * se;
  return { n, mean, sd, se, df, ci: [mean - half, mean + half] };
}

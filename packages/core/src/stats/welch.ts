import { OptionsError } from '../errors/relcap-error';
import { checkConfidence } from './confidence-interval';
import { tQuantile } from './t-distribution';

/**
 * A sample described by its size, mean and sample standard deviation (n - 1).
 * @example
 * ```ts
 * const s: SampleSummary = { n: 4, mean: 3.2, sd: 0.5 };
 * ```
 */
export interface SampleSummary {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
}

/**
 * The difference `after.mean - before.mean` with its Welch interval.
 * @example
 * ```ts
 * const w: WelchDifference | null = welchDifference({ n: 4, mean: 3.2, sd: 0.5 }, { n: 5, mean: 3.9, sd: 0.6 });
 * w?.df; // 6.96
 * ```
 */
export interface WelchDifference {
  readonly difference: number;
  /** Standard error `sqrt(s1²/n1 + s2²/n2)`. */
  readonly se: number;
  /** Welch–Satterthwaite degrees of freedom; `null` when se = 0. */
  readonly df: number | null;
  /** Interval at the requested level; `null` when either n < 2 or se = 0. */
  readonly ci: readonly [number, number] | null;
}

/**
 * Difference of two means with Welch's interval for unequal variances (Welch 1947;
 * Satterthwaite 1946):
 *
 *     d = m2 - m1,  se = sqrt(s1²/n1 + s2²/n2),
 *     df = se^4 / ((s1²/n1)² / (n1 - 1) + (s2²/n2)² / (n2 - 1)),
 *     d ± t(1 - (1 - confidence)/2, df) · se
 *
 * Returns `null` when either sample has n < 2 (no spread estimate). When both samples have
 * sd 0, `df` and `ci` are `null`.
 *
 * @example
 * ```ts
 * // n 4, mean 3.2, sd 0.5 -> n 5, mean 3.9, sd 0.6: d = 0.7, se = 0.36674, df = 6.9629
 * welchDifference({ n: 4, mean: 3.2, sd: 0.5 }, { n: 5, mean: 3.9, sd: 0.6 })?.ci; // [-0.1682, 1.5682]
 * ```
 */
export function welchDifference(before: SampleSummary, after: SampleSummary, confidence = 0.95): WelchDifference | null {
  checkConfidence(confidence, 'stats/welchDifference');
  for (const s of [before, after]) {
    if (!(Number.isInteger(s.n) && s.n >= 0 && Number.isFinite(s.mean) && Number.isFinite(s.sd) && s.sd >= 0)) {
      throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/welchDifference: bad sample summary', {
        value: JSON.stringify(s),
        expected: 'integer n >= 0, finite mean, sd >= 0',
      });
    }
  }
  if (before.n < 2 || after.n < 2) return null;
  const v1 = (before.sd * before.sd) / before.n;
  const v2 = (after.sd * after.sd) / after.n;
  const se = Math.sqrt(v1 + v2);
  const difference = after.mean - before.mean;
  if (se === 0) return { difference, se, df: null, ci: null };
  const df = (v1 + v2) ** 2 / ((v1 * v1) / (before.n - 1) + (v2 * v2) / (after.n - 1));
  const half = tQuantile(1 - (1 - confidence) / 2, df) * se;
  return { difference, se, df, ci: [difference - half, difference + half] };
}

import { OptionsError } from '../errors/relcap-error';
import { regularizedIncompleteBeta } from './incomplete-beta';

function checkDf(df: number, fn: string): void {
  if (!(df > 0 && Number.isFinite(df))) {
    throw new OptionsError('RELCAP_BAD_ARGUMENT', `stats/${fn}: degrees of freedom must be a positive finite number`, {
      value: String(df),
      expected: 'df > 0',
    });
  }
}

/**
 * Cumulative distribution function of Student's t with `df` degrees of freedom (real `df > 0`
 * allowed, as Welch's test needs). Uses `P(T <= t) = 1 - I_x(df/2, 1/2) / 2` for `t > 0`,
 * `x = df / (df + t^2)` (Abramowitz & Stegun 1964, 26.7.1 with 26.5.27).
 *
 * @example
 * ```ts
 * studentTCdf(0, 5); // 0.5
 * studentTCdf(12.7062047, 1); // ≈ 0.975
 * ```
 */
export function studentTCdf(t: number, df: number): number {
  checkDf(df, 'studentTCdf');
  if (Number.isNaN(t)) {
    throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/studentTCdf: t is not a number', { value: 'NaN', expected: 'a number' });
  }
  if (t === 0) return 0.5;
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/**
 * Inverse of {@link studentTCdf}: the `p` quantile of Student's t with `df` degrees of freedom.
 * Closed forms for df = 1 (Cauchy, `tan(π(p - 1/2))`) and df = 2 (`(2p - 1) / sqrt(2p(1 - p))`);
 * otherwise the CDF is inverted by bracketing and bisection to full double precision.
 * Checked against the tables (t(0.975, 10) = 2.22813885; Abramowitz & Stegun 1964, table 26.10).
 *
 * @example
 * ```ts
 * tQuantile(0.975, 10); // 2.2281388519649...
 * tQuantile(0.025, 10); // -2.2281388519649...
 * ```
 */
export function tQuantile(p: number, df: number): number {
  checkDf(df, 'tQuantile');
  if (!(p > 0 && p < 1)) {
    throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/tQuantile: probability must lie strictly between 0 and 1', {
      value: String(p),
      expected: '0 < p < 1',
    });
  }
  if (p === 0.5) return 0;
  // df = 1: tan(π(p - 1/2)) = -1 / tan(πp), written so that tiny tails keep their precision.
  if (df === 1) return p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  // Upper tail probability of |t|, taken from p directly so that tiny tails keep their precision.
  const tail = p > 0.5 ? 1 - p : p;
  const upper = (t: number): number => 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  let lo = 0;
  let hi = 2;
  while (upper(hi) > tail) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (upper(mid) > tail) lo = mid;
    else hi = mid;
  }
  const t = 0.5 * (lo + hi);
  return p > 0.5 ? t : -t;
}

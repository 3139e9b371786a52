import { OptionsError } from '../errors/relcap-error';
import { tQuantile } from './t-distribution';

/**
 * Two-sided t confidence interval for a mean (Student 1908):
 * `mean ± t(1 - (1 - confidence)/2, n - 1) · sd / sqrt(n)`. Returns `null` when `n < 2`
 * (no estimate of spread). `sd` is the sample standard deviation (n - 1).
 *
 * @example
 * ```ts
 * // n = 4, mean 3.5, sd 1: 3.5 ± 3.18244631 · 1/2
 * tConfidenceInterval(3.5, 1, 4); // [1.9087768474, 5.0912231526]
 * ```
 */
export function tConfidenceInterval(
  mean: number,
  sd: number,
  n: number,
  confidence = 0.95,
): [number, number] | null {
  if (!(Number.isFinite(mean) && Number.isFinite(sd) && sd >= 0 && Number.isInteger(n) && n >= 0)) {
    throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/tConfidenceInterval: bad mean, sd or n', {
      value: `mean=${mean}, sd=${sd}, n=${n}`,
      expected: 'finite mean, sd >= 0, integer n >= 0',
    });
  }
  checkConfidence(confidence, 'stats/tConfidenceInterval');
  if (n < 2) return null;
  const half = (tQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  return [mean - half, mean + half];
}

/** Throws `OptionsError` (`RELCAP_BAD_OPTION`) unless `0 < confidence < 1`; `where` names the caller. */
export function checkConfidence(confidence: number, where: string): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new OptionsError('RELCAP_BAD_OPTION', `${where}: confidence must lie strictly between 0 and 1`, {
      path: 'confidence',
      value: String(confidence),
      expected: '0 < confidence < 1, e.g. 0.95',
    });
  }
}

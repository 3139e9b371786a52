import { OptionsError } from '../errors/relcap-error';

/** Minimum, lower hinge, median, upper hinge and maximum of a list of numbers. */
export interface FiveNumberSummary {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/**
 * Tukey's five-number summary (Tukey 1977, *Exploratory Data Analysis*, ch. 2; the same as R's
 * `fivenum`): the quartiles are Tukey's hinges, the medians of the lower and upper halves of the
 * sorted values, each half including the median when `n` is odd. With sorted values
 * `x[1..n]`, `n4 = floor((n + 3) / 2) / 2` and the depths `1, n4, (n + 1) / 2, n + 1 - n4, n`;
 * a value at a half depth is the mean of its two neighbours. For `[1, 2, 3, 4]` that is
 * `1, 1.5, 2.5, 3.5, 4`. Hinges suit the handful of people in a team: they are always a rating
 * or halfway between two ratings. Returns `null` for an empty list; throws `OptionsError`
 * (`RELCAP_BAD_ARGUMENT`) for a value that is not a finite number. O(n log n).
 *
 * @example
 * ```ts
 * fiveNumberSummary([3, 1, 2, 5, 4]); // { min: 1, q1: 2, median: 3, q3: 4, max: 5 }
 * fiveNumberSummary([]); // null
 * ```
 */
export function fiveNumberSummary(values: readonly number[]): FiveNumberSummary | null {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      throw new OptionsError('RELCAP_BAD_ARGUMENT', `self-assessment/fiveNumberSummary: value ${i} is not a finite number`, {
        path: `[${i}]`,
        value: String(v),
        expected: 'a finite number',
      });
    }
  });
  const n = values.length;
  if (n === 0) return null;
  const x = [...values].sort((a, b) => a - b);
  const at = (depth: number): number => ((x[Math.floor(depth) - 1] as number) + (x[Math.ceil(depth) - 1] as number)) / 2;
  const n4 = Math.floor((n + 3) / 2) / 2;
  return { min: at(1), q1: at(n4), median: at((n + 1) / 2), q3: at(n + 1 - n4), max: at(n) };
}

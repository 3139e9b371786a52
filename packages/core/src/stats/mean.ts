import { checkFinite } from './check-finite';

/**
 * Arithmetic mean `Σx / n`. Returns `null` for an empty list (the mean is undefined there);
 * throws `OptionsError` (`RELCAP_BAD_ARGUMENT`) for a value that is not a finite number.
 *
 * @example
 * ```ts
 * mean([3, 4, 5]); // 4
 * mean([]); // null
 * ```
 */
export function mean(values: readonly number[]): number | null {
  checkFinite(values, 'mean');
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

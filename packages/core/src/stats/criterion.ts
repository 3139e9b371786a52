/**
 * A statistic reported next to its usual cut-off, so a reader sees both (e.g. rwg > 0.70).
 * `meets` is `null` when the value is. The cut-offs are conventions, not tests.
 *
 * @example
 * ```ts
 * const c: Criterion = { value: 0.82, cutoff: 0.7, comparison: '>', meets: true };
 * ```
 */
export interface Criterion {
  readonly value: number | null;
  readonly cutoff: number;
  readonly comparison: '>' | '>=';
  readonly meets: boolean | null;
  /** Range in which the value usually falls (ICC(1): 0.05-0.30), when there is one. */
  readonly usualRange?: readonly [number, number];
}

/**
 * Builds a {@link Criterion}.
 *
 * @example
 * ```ts
 * criterion(0.82, 0.7, '>'); // { value: 0.82, cutoff: 0.7, comparison: '>', meets: true }
 * ```
 */
export function criterion(
  value: number | null,
  cutoff: number,
  comparison: '>' | '>=',
  usualRange?: readonly [number, number],
): Criterion {
  const meets = value === null ? null : comparison === '>' ? value > cutoff : value >= cutoff;
  return usualRange === undefined ? { value, cutoff, comparison, meets } : { value, cutoff, comparison, meets, usualRange };
}

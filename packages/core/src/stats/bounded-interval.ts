import type { DimensionSet } from '../dimensions/types';

/**
 * A confidence interval shown on a bounded answer scale: the t interval of a mean is symmetric
 * and can run past the scale's ends (e.g. 2.50 to 5.95 on a 1..5 scale) when n is small and the
 * spread large. For display the bounds are clipped to the scale and each clipped bound is marked;
 * the raw bounds stay in the data (`ci95` in `relcap score --json`), so nothing is lost and a
 * reader can tell a clipped bound from a computed one.
 *
 * @example
 * ```ts
 * const b: BoundedInterval = boundInterval([2.5, 5.95], { min: 1, max: 5 });
 * // { low: 2.5, high: 5, lowClipped: false, highClipped: true, raw: [2.5, 5.95] }
 * ```
 */
export interface BoundedInterval {
  readonly low: number;
  readonly high: number;
  readonly lowClipped: boolean;
  readonly highClipped: boolean;
  readonly raw: readonly [number, number];
}

/** The method statement for a clipped t interval, for methods sections and table notes. */
export const BOUNDED_INTERVAL_METHOD = {
  en: 'Two-sided t interval of the mean (mean ± t(n - 1) · sd / √n); a bound past the ends of the answer scale is shown clipped to the scale and marked *, the raw bound is kept in the JSON output.',
  da: 'Tosidet t-interval for gennemsnittet (gennemsnit ± t(n - 1) · sd / √n); en grænse uden for svarskalaens ender vises afskåret ved skalaen og markeret *, den rå grænse står i JSON-uddata.',
} as const;

/**
 * Clips an interval to `[scale.min, scale.max]` and says which bounds were clipped; `null` in,
 * `null` out.
 *
 * @example
 * ```ts
 * boundInterval([0.4, 3.1], { min: 1, max: 5 }); // low 1 (lowClipped), high 3.1
 * ```
 */
export function boundInterval(
  ci: readonly [number, number] | null | undefined,
  scale: { readonly min: number; readonly max: number },
): BoundedInterval | null {
  if (ci === null || ci === undefined) return null;
  const [lo, hi] = ci;
  const clip = (x: number): number => Math.min(Math.max(x, scale.min), scale.max);
  return { low: clip(lo), high: clip(hi), lowClipped: clip(lo) !== lo, highClipped: clip(hi) !== hi, raw: [lo, hi] };
}

/**
 * The range of a dimension set's individual index: from the smallest scale minimum to the
 * largest scale maximum of its dimensions (1..5 for the shipped sets).
 *
 * @example
 * ```ts
 * scoreRange(getDimensionSet('relational_coordination')); // { min: 1, max: 5 }
 * ```
 */
export function scoreRange(set: DimensionSet): { readonly min: number; readonly max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const d of set.dimensions) {
    min = Math.min(min, d.scale.min);
    max = Math.max(max, d.scale.max);
  }
  return { min, max };
}

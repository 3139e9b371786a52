import { OptionsError } from '../errors/relcap-error';
import type { IndividualRating } from '../scoring/survey-score';
import { type Criterion, criterion } from './criterion';

/**
 * The aggregation unit for ICC: `target` groups ratings by the rated role, `rater` by the
 * rater's role, `pair` by the directed role pair (the tie); a function returns a group key
 * per rating (e.g. the respondent's site), or `null` to leave the rating out.
 * @example
 * ```ts
 * icc(ratings, (r) => siteOf.get(r.respondentId) ?? null);
 * ```
 */
export type IccUnit = 'target' | 'rater' | 'pair' | ((rating: IndividualRating) => string | null);

/**
 * Cut-off for ICC(1): values >= 0.05 are counted as met (usual range 0.05-0.30; Bliese 2000).
 * @example
 * ```ts
 * (icc(ratings, 'pair').icc1.value ?? 0) >= ICC1_CUTOFF;
 * ```
 */
export const ICC1_CUTOFF = 0.05;
/**
 * Range in which ICC(1) usually falls: 0.05-0.30 (Bliese 2000).
 * @example
 * ```ts
 * const [lo, hi] = ICC1_USUAL_RANGE; // 0.05, 0.30
 * ```
 */
export const ICC1_USUAL_RANGE: readonly [number, number] = [0.05, 0.3];
/**
 * Usual cut-off for ICC(2): > 0.70 (Bliese 2000).
 * @example
 * ```ts
 * (icc(ratings, 'pair').icc2.value ?? 0) > ICC2_CUTOFF;
 * ```
 */
export const ICC2_CUTOFF = 0.7;

/**
 * One group of the one-way ANOVA.
 * @example
 * ```ts
 * icc(ratings, 'target').groups.map((g) => `${g.key}: n=${g.size}, mean ${g.mean}`);
 * ```
 */
export interface IccGroup {
  readonly key: string;
  readonly size: number;
  readonly mean: number;
}

/**
 * ICC(1) and ICC(2) with the ANOVA they come from, enough to reproduce them.
 * @example
 * ```ts
 * const r: IccResult = icc(ratings, 'pair');
 * console.log(r.msBetween, r.msWithin, r.icc2.value, r.icc2.meets);
 * ```
 */
export interface IccResult {
  /** `target`, `rater`, `pair` or `custom`. */
  readonly unit: string;
  /** Valid individual ratings used (rc not null, key not null). */
  readonly n: number;
  readonly groups: readonly IccGroup[];
  /** k: the mean group size n / G (Bliese 2000), not the unbalanced-design k0. */
  readonly k: number;
  readonly grandMean: number | null;
  readonly ssBetween: number;
  readonly ssWithin: number;
  readonly dfBetween: number;
  readonly dfWithin: number;
  readonly msBetween: number | null;
  readonly msWithin: number | null;
  readonly icc1: Criterion;
  readonly icc2: Criterion;
}

const keyOf = (unit: IccUnit): ((r: IndividualRating) => string | null) => {
  if (typeof unit === 'function') return unit;
  if (unit === 'target') return (r) => r.to;
  if (unit === 'rater') return (r) => r.from;
  if (unit === 'pair') return (r) => `${r.from} -> ${r.to}`;
  throw new OptionsError('RELCAP_BAD_OPTION', 'stats/icc: unknown unit', {
    path: 'unit',
    value: String(unit),
    expected: "'target', 'rater', 'pair' or a function",
  });
};

/**
 * ICC(1) and ICC(2) of the individual indexes `rc(r, t)` grouped by an aggregation unit, from a
 * one-way ANOVA (Bliese 2000):
 *
 *     ICC(1) = (MSB - MSW) / (MSB + (k - 1) MSW)      ICC(2) = (MSB - MSW) / MSB
 *
 * with `MSB = Σ_g n_g (mean_g - mean)^2 / (G - 1)`, `MSW = Σ_g Σ_i (x_i - mean_g)^2 / (N - G)`
 * and `k` the mean group size `N / G`. Incomplete ratings (`rc: null`) are left out; pass the
 * ratings you want (e.g. only between-role ones). Values are `null` with fewer than 2 groups,
 * no within-group degrees of freedom, or MSB = 0. Reported next to the cut-offs ICC(1) >= 0.05
 * (usual range 0.05-0.30) and ICC(2) > 0.70.
 *
 * @example
 * ```ts
 * const { individualRatings } = scoreAnswers(answers, { includeRatings: true });
 * const r = icc(individualRatings, 'pair');
 * console.log(r.icc1.value, r.icc2.value, r.icc2.meets);
 * ```
 */
export function icc(ratings: readonly IndividualRating[], unit: IccUnit): IccResult {
  const key = keyOf(unit);
  const sums = new Map<string, { n: number; sum: number; values: number[] }>();
  for (const r of ratings) {
    if (r.rc === null) continue;
    const k = key(r);
    if (k === null) continue;
    let g = sums.get(k);
    if (g === undefined) {
      g = { n: 0, sum: 0, values: [] };
      sums.set(k, g);
    }
    g.n++;
    g.sum += r.rc;
    g.values.push(r.rc);
  }
  const keys = [...sums.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return iccFromGroups(
    typeof unit === 'function' ? 'custom' : unit,
    keys.map((k) => {
      const g = sums.get(k)!;
      const m = g.sum / g.n;
      let ss = 0;
      for (const x of g.values) ss += (x - m) ** 2;
      return { key: k, size: g.n, mean: m, sumOfSquares: ss };
    }),
  );
}

/**
 * One group of {@link iccFromGroups}: its size, mean and within-group sum of squared
 * deviations `Σ_i (x_i - mean)^2` (= (size - 1) times its sample variance).
 * @example
 * ```ts
 * const g: IccGroupSummary = { key: 'A -> B', size: 3, mean: 4, sumOfSquares: 2 };
 * ```
 */
export interface IccGroupSummary extends IccGroup {
  readonly sumOfSquares: number;
}

/**
 * {@link icc} from group summaries instead of individual ratings (the scorer computes them
 * exactly from its running sums, so `score.reliability.icc` needs no individual ratings).
 * Groups of size 0 are left out.
 *
 * @example
 * ```ts
 * // two groups {1, 5} and {3, 4}: MSB = 0.25, MSW = 8.5
 * iccFromGroups('target', [
 *   { key: 'g1', size: 2, mean: 3, sumOfSquares: 8 },
 *   { key: 'g2', size: 2, mean: 3.5, sumOfSquares: 0.5 },
 * ]).icc1.value; // (0.25 - 4.25) / (0.25 + 4.25)
 * ```
 */
export function iccFromGroups(unit: string, summaries: readonly IccGroupSummary[]): IccResult {
  const used = summaries.filter((g) => g.size > 0);
  let n = 0;
  let total = 0;
  for (const g of used) {
    n += g.size;
    total += g.size * g.mean;
  }
  const grandMean = n === 0 ? null : total / n;
  let ssB = 0;
  let ssW = 0;
  const groups: IccGroup[] = used.map((g) => {
    ssB += g.size * (g.mean - (grandMean ?? 0)) ** 2;
    ssW += g.sumOfSquares;
    return { key: g.key, size: g.size, mean: g.mean };
  });
  const dfB = groups.length - 1;
  const dfW = n - groups.length;
  const msb = dfB >= 1 ? ssB / dfB : null;
  const msw = dfW >= 1 ? ssW / dfW : null;
  const k = groups.length === 0 ? 0 : n / groups.length;
  const ok = msb !== null && msw !== null && msb > 0;
  const icc1 = ok ? (msb - msw) / (msb + (k - 1) * msw) : null;
  const icc2 = ok ? (msb - msw) / msb : null;
  return {
    unit,
    n,
    groups,
    k,
    grandMean,
    ssBetween: ssB,
    ssWithin: ssW,
    dfBetween: Math.max(dfB, 0),
    dfWithin: Math.max(dfW, 0),
    msBetween: msb,
    msWithin: msw,
    icc1: criterion(icc1, ICC1_CUTOFF, '>=', ICC1_USUAL_RANGE),
    icc2: criterion(icc2, ICC2_CUTOFF, '>'),
  };
}

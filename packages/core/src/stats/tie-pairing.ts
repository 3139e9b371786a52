import type { IndividualRating } from '../scoring/survey-score';
import { type PairedDifference, pairedDifference } from './paired-difference';
import { sampleVariance } from './sample-variance';
import { type WelchDifference, welchDifference } from './welch';

/**
 * How a tie's change between two waves was estimated:
 * `welch`: no rater of the tie answered both waves, independent samples (Welch 1947);
 * `paired`: every rater of the tie answered both waves, paired t on their differences;
 * `mixed`: some did: the headline interval is Welch over all raters (conservative when a
 * respondent's two ratings are positively correlated), with the paired part and the Welch part
 * of the others reported beside it.
 * @example
 * ```ts
 * const m: ChangeMethod = cmp.ties[0]!.method ?? 'welch';
 * ```
 */
export type ChangeMethod = 'welch' | 'paired' | 'mixed';

/**
 * The respondents of one tie split by wave.
 * @example
 * ```ts
 * const s: TieSplit = splitTie(before, after);
 * s.paired.length; // respondents in both waves
 * ```
 */
export interface TieSplit {
  /** `[before, after]` individual index of each respondent with a valid rating in both waves. */
  readonly paired: readonly (readonly [number, number])[];
  readonly onlyBefore: readonly number[];
  readonly onlyAfter: readonly number[];
}

/** Valid ratings (rc not null) per tie key `from\u0000to`, then per respondent id. Internal. */
export function ratingsByTie(ratings: readonly IndividualRating[]): Map<string, Map<string, number>> {
  const m = new Map<string, Map<string, number>>();
  for (const r of ratings) {
    if (r.rc === null) continue;
    const k = `${r.from}\u0000${r.to}`;
    let t = m.get(k);
    if (t === undefined) {
      t = new Map();
      m.set(k, t);
    }
    t.set(r.respondentId, r.rc);
  }
  return m;
}

/** Splits one tie's raters into those in both waves and those in one. Internal. */
export function splitTie(before: ReadonlyMap<string, number> | undefined, after: ReadonlyMap<string, number> | undefined): TieSplit {
  const b = before ?? new Map<string, number>();
  const a = after ?? new Map<string, number>();
  const paired: [number, number][] = [];
  const onlyBefore: number[] = [];
  for (const [id, x] of b) {
    const y = a.get(id);
    if (y === undefined) onlyBefore.push(x);
    else paired.push([x, y]);
  }
  const onlyAfter = [...a].filter(([id]) => !b.has(id)).map(([, y]) => y);
  return { paired, onlyBefore, onlyAfter };
}

const summary = (xs: readonly number[]): { n: number; mean: number; sd: number } => ({
  n: xs.length,
  mean: xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length,
  sd: xs.length < 2 ? 0 : Math.sqrt(sampleVariance(xs) ?? 0),
});

/**
 * The method for a split, the paired difference of the respondents in both waves and the Welch
 * difference of the others (each `null` when it does not apply or has n < 2 per side). Internal.
 */
export function splitChange(
  s: TieSplit,
  confidence: number,
): { method: ChangeMethod; paired: PairedDifference | null; unpaired: WelchDifference | null } {
  if (s.paired.length === 0) return { method: 'welch', paired: null, unpaired: null };
  const paired = pairedDifference(s.paired, confidence);
  if (s.onlyBefore.length === 0 && s.onlyAfter.length === 0) return { method: 'paired', paired, unpaired: null };
  const unpaired = s.onlyBefore.length < 2 || s.onlyAfter.length < 2 ? null : welchDifference(summary(s.onlyBefore), summary(s.onlyAfter), confidence);
  return { method: 'mixed', paired, unpaired };
}

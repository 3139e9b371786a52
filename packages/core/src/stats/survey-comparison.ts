import type { ChangeMethod } from './tie-pairing';
import type { PairedDifference } from './paired-difference';
import type { WelchDifference } from './welch';
/**
 * How a tie's visibility changed between two waves.
 * @example
 * ```ts
 * compareSurveys(before, after).ties.filter((t) => t.status === 'became_suppressed');
 * ```
 */
export type TieChangeStatus =
  | 'both'
  | 'appeared'
  | 'vanished'
  | 'became_suppressed'
  | 'became_unsuppressed'
  | 'suppressed_both';

/**
 * One wave's view of a tie, as published in its `SurveyScore` (suppressed: no scores).
 * @example
 * ```ts
 * compareSurveys(before, after).ties[0]?.before?.n;
 * ```
 */
export interface TieWave {
  readonly n: number;
  readonly incomplete: number;
  readonly suppressed: boolean;
  readonly rc: number | null;
  readonly sd: number | null;
}

/**
 * Change of one directed tie between two waves.
 * @example
 * ```ts
 * compareSurveys(before, after).ties.filter((t) => t.ci95 !== null && t.ci95[0] > 0); // clear improvements
 * ```
 */
export interface TieChange {
  readonly from: string;
  readonly to: string;
  readonly within: boolean;
  /**
   * `both`: shown in both waves; `appeared` / `vanished`: rated in only one wave;
   * `became_suppressed` / `became_unsuppressed` / `suppressed_both`: rated in both, hidden in
   * one or both.
   */
  readonly status: TieChangeStatus;
  readonly before: TieWave | null;
  readonly after: TieWave | null;
  /** `after.rc - before.rc` when the tie is shown in both waves. */
  readonly change: number | null;
  /**
   * Standard error, degrees of freedom and interval of `change` by `method`: Welch for `welch`
   * and `mixed`, paired t for `paired`; `null` when not computable (n < 2, no spread).
   */
  readonly se: number | null;
  readonly df: number | null;
  readonly ci95: readonly [number, number] | null;
  /** How the interval was computed; `null` when there is no change (tie not shown in both waves). */
  readonly method: ChangeMethod | null;
  /** Paired difference of the respondents who rated this tie in both waves; `null` when none (or not checked). */
  readonly paired: PairedDifference | null;
  /** For `mixed`: Welch difference of the respondents who rated the tie in only one wave (n >= 2 each side). */
  readonly unpaired: WelchDifference | null;
}

/**
 * Whether respondent ids were compared across the waves, and how many recur.
 * @example
 * ```ts
 * if (cmp.pairing.respondentsInBoth > 0) console.log(`${cmp.pairing.pairedTies} ties paired`);
 * ```
 */
export interface Pairing {
  /** `false` when the scores carried no individual ratings: the waves were treated as independent. */
  readonly checked: boolean;
  /** Respondent ids with a valid rating in both waves. */
  readonly respondentsInBoth: number;
  /** Ties shown in both waves with at least one paired respondent (`paired` or `mixed`). */
  readonly pairedTies: number;
}

/**
 * Before, after and change of one network mean.
 * @example
 * ```ts
 * compareSurveys(before, after).network.rcUnweighted.change;
 * ```
 */
export interface NetworkChange {
  readonly before: number | null;
  readonly after: number | null;
  readonly change: number | null;
}

/**
 * The result of {@link compareSurveys}: plain JSON data.
 * @example
 * ```ts
 * const c: SurveyComparison = compareSurveys(before, after);
 * c.counts.appeared;
 * ```
 */
export interface SurveyComparison {
  readonly schemaVersion: 1;
  readonly dimensionSet: string;
  readonly confidence: number;
  /** Every tie rated in either wave, sorted by (from, to). */
  readonly ties: readonly TieChange[];
  /** Number of ties per status. */
  readonly counts: Readonly<Record<TieChangeStatus, number>>;
  readonly network: { readonly rcUnweighted: NetworkChange; readonly rcWeighted: NetworkChange };
  readonly pairing: Pairing;
  /** Differences between the waves' options that make the comparison less clean, and pairing notes. */
  readonly warnings: readonly string[];
}

/**
 * Options of {@link compareSurveys}.
 * @example
 * ```ts
 * compareSurveys(before, after, { confidence: 0.9 });
 * ```
 */
export interface CompareOptions {
  /** Level of the Welch intervals (`ci95`), default 0.95. */
  readonly confidence: number;
}

/**
 * Defaults of {@link compareSurveys}: 95 % Welch intervals.
 * @example
 * ```ts
 * compareSurveys(before, after, { ...DEFAULT_COMPARE_OPTIONS, confidence: 0.99 });
 * ```
 */
export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { confidence: 0.95 };

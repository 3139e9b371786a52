/** How a tie's visibility changed between two waves. */
export type TieChangeStatus =
  | 'both'
  | 'appeared'
  | 'vanished'
  | 'became_suppressed'
  | 'became_unsuppressed'
  | 'suppressed_both';

/** One wave's view of a tie, as published in its `SurveyScore` (suppressed: no scores). */
export interface TieWave {
  readonly n: number;
  readonly incomplete: number;
  readonly suppressed: boolean;
  readonly rc: number | null;
  readonly sd: number | null;
}

/** Change of one directed tie between two waves. */
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
  /** Welch standard error, degrees of freedom and interval; `null` when not computable (n < 2, no spread). */
  readonly se: number | null;
  readonly df: number | null;
  readonly ci95: readonly [number, number] | null;
}

/** Before, after and change of one network mean. */
export interface NetworkChange {
  readonly before: number | null;
  readonly after: number | null;
  readonly change: number | null;
}

/** The result of {@link compareSurveys}: plain JSON data. */
export interface SurveyComparison {
  readonly schemaVersion: 1;
  readonly dimensionSet: string;
  readonly confidence: number;
  /** Every tie rated in either wave, sorted by (from, to). */
  readonly ties: readonly TieChange[];
  /** Number of ties per status. */
  readonly counts: Readonly<Record<TieChangeStatus, number>>;
  readonly network: { readonly rcUnweighted: NetworkChange; readonly rcWeighted: NetworkChange };
  /** Differences between the waves' options that make the comparison less clean. */
  readonly warnings: readonly string[];
}

/** Options of {@link compareSurveys}. */
export interface CompareOptions {
  /** Level of the Welch intervals (`ci95`), default 0.95. */
  readonly confidence: number;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { confidence: 0.95 };

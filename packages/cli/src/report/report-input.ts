import type { IndividualRating, SurveyComparison, SurveyScore } from '@relcap/core';
import type { Lang } from '../commands/command';

/** The earlier survey a report compares with (`relcap report --compare`). */
export interface ReportComparison {
  /** The earlier survey's file name as shown. */
  readonly file: string;
  readonly before: SurveyScore;
  /** `compareSurveys(before, score)`. */
  readonly result: SurveyComparison;
}

/** What a report is made from: plain data, computed before (scoring, drawing, comparing). */
export interface ReportInput {
  /** The survey's file name as shown in the report. */
  readonly file: string;
  readonly score: SurveyScore;
  /**
   * The individual ratings behind `score` (`finish({ includeRatings: true })`); never printed.
   * ICC comes from `score.reliability.icc` and no longer needs them.
   */
  readonly ratings?: readonly IndividualRating[];
  /** The role network as a standalone SVG from `sceneToSvgString` (trusted markup, checked for scripts). */
  readonly networkSvg: string;
  readonly comparison?: ReportComparison;
}

/** Options of `renderReport`. */
export interface ReportOptions {
  readonly lang: Lang;
  /** Heading of the report; default the language's report title. */
  readonly title?: string;
  /** Date shown as "made", e.g. `2026-11-24`; left out when absent (reproducible output). */
  readonly generatedAt?: string;
  /** relcap version shown in the footer line. */
  readonly version: string;
  /** Pairs whose two directions differ by at least this much are listed (docs/report.md: gaps of 0.3 and more). */
  readonly asymmetryGap: number;
}

/**
 * Defaults of {@link ReportOptions}: Danish, no date, asymmetry listed from 0.3.
 *
 * @example
 * ```ts
 * renderReport(input, { ...DEFAULT_REPORT_OPTIONS, lang: 'en' });
 * ```
 */
export const DEFAULT_REPORT_OPTIONS: ReportOptions = { lang: 'da', version: '', asymmetryGap: 0.3 };

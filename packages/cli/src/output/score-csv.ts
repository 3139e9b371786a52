import { type SurveyScore, toCsv } from '@relcap/core';

/** The fixed leading columns of `relcap score --csv`; one column per dimension key follows. */
export const SCORE_CSV_COLUMNS = ['from', 'to', 'within', 'n', 'suppressed', 'rc', 'sd', 'ci95_low', 'ci95_high', 'band'] as const;

/**
 * One CSV row per directed tie: the columns of {@link SCORE_CSV_COLUMNS}, then the mean of
 * each dimension (in the dimension set's order, keyed by dimension key). Numbers are unrounded;
 * suppressed ties have empty scores. Every cell goes through core `toCsv`, which neutralises
 * spreadsheet formulas (a role named `=HYPERLINK(...)` is written as `'=HYPERLINK(...)`).
 *
 * @example
 * ```ts
 * scoreToCsv(score, ['frequency', 'timeliness']).split('\r\n')[0];
 * // 'from,to,within,n,suppressed,rc,sd,ci95_low,ci95_high,band,frequency,timeliness'
 * ```
 */
export function scoreToCsv(score: SurveyScore, dimensionKeys: readonly string[]): string {
  const rows: (string | number | boolean | null)[][] = [[...SCORE_CSV_COLUMNS, ...dimensionKeys]];
  for (const t of score.ties) {
    rows.push([
      t.from,
      t.to,
      t.within,
      t.n,
      t.suppressed,
      t.rc,
      t.sd,
      t.ci95?.[0] ?? null,
      t.ci95?.[1] ?? null,
      t.band,
      ...dimensionKeys.map((k) => t.dimensions[k] ?? null),
    ]);
  }
  return toCsv(rows);
}

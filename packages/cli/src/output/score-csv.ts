import { type CsvDialect, PLAIN_CSV, type SurveyScore, toCsv } from '@relcap/core';

/**
 * The fixed leading columns of `relcap score --csv`; one column per dimension key, then one per
 * subscale group key follow.
 */
export const SCORE_CSV_COLUMNS = [
  'from',
  'to',
  'within',
  'n',
  'suppressed',
  'rc',
  'sd',
  'ci95_low',
  'ci95_high',
  'band',
  'rwg',
  'rwg_truncated',
  'rwg_items',
] as const;

/**
 * One CSV row per directed tie: the columns of {@link SCORE_CSV_COLUMNS} (rwg(J) with its
 * truncation flag and number of items), then the mean of each dimension (in the dimension set's
 * order, keyed by dimension key) and of each subscale (keyed by group key). Numbers are unrounded;
 * suppressed ties have empty scores. Every cell goes through core `toCsv`, which neutralises
 * spreadsheet formulas (a role named `=HYPERLINK(...)` is written as `'=HYPERLINK(...)`) and
 * quotes every cell holding `, ; tab " CR LF`. `dialect` picks plain CSV or Excel's (core `EXCEL_CSV`).
 *
 * @example
 * ```ts
 * scoreToCsv(score, ['frequency', 'timeliness']).split('\r\n')[0];
 * // 'from,to,within,n,suppressed,rc,sd,ci95_low,ci95_high,band,rwg,rwg_truncated,rwg_items,frequency,timeliness'
 * ```
 */
export function scoreToCsv(score: SurveyScore, dimensionKeys: readonly string[], groupKeys: readonly string[] = [], dialect: CsvDialect = PLAIN_CSV): string {
  const rows: (string | number | boolean | null)[][] = [[...SCORE_CSV_COLUMNS, ...dimensionKeys, ...groupKeys]];
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
      t.rwg?.value ?? null,
      t.rwg?.truncated ?? null,
      t.rwg?.items ?? null,
      ...dimensionKeys.map((k) => t.dimensions[k] ?? null),
      ...groupKeys.map((k) => t.subscales[k] ?? null),
    ]);
  }
  return toCsv(rows, dialect);
}

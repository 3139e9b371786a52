/**
 * What one mapped column holds: answers on `dimension` (a key or alias of the dimension set)
 * about the people in `target` (a role name).
 *
 * Later versions may add optional fields (per-column missing codes, label sets); version 1
 * readers reject keys they do not know, so a typo never passes unnoticed.
 *
 * @example
 * ```ts
 * const c: MappedColumn = { dimension: 'shared_goals', target: 'Lærer' };
 * ```
 */
export interface MappedColumn {
  readonly dimension: string;
  readonly target: string;
}

/**
 * A mapping file (JSON, `version: 1`): tells the importer how to read a wide export whose
 * column names are the survey tool's own (`Q3_1`). See docs/survey-import.md.
 *
 * @example
 * ```ts
 * const m: SurveyMapping = {
 *   version: 1,
 *   respondentId: 'ID',
 *   respondentRole: 'Faggruppe',
 *   columns: { Q3_1: { dimension: 'shared_goals', target: 'Lærer' } },
 *   ignore: ['Start time'],
 * };
 * ```
 */
export interface SurveyMapping {
  readonly version: 1;
  /** Header of the respondent id column; default: found by its usual names (`respondent_id`, `id`, ...). */
  readonly respondentId?: string;
  /** Header of the respondent role column; default: found by its usual names (`role`, `rolle`, ...). */
  readonly respondentRole?: string;
  /** Column header -> what it holds. Headers are matched ignoring case and surrounding spaces. */
  readonly columns: Readonly<Record<string, MappedColumn>>;
  /** Headers of columns to skip on purpose (listed as ignored in the import summary). */
  readonly ignore: readonly string[];
  /** Name of the mapping file, for error messages (set by `parseMapping`, not read from JSON). */
  readonly file?: string;
}

import type { DimensionSet } from '../dimensions/types';
import { RELATIONAL_COORDINATION } from '../dimensions/relational-coordination';
import { OptionsError } from '../errors/relcap-error';
import { checkConfidence } from '../stats/confidence-interval';
import { type BandThresholds, DEFAULT_BANDS } from './bands';

/**
 * `strict` throws on the first duplicate or inconsistent answer; `lenient` keeps the first and records an issue.
 * @example
 * ```ts
 * scoreAnswers(answers, { mode: 'lenient' }).issues;
 * ```
 */
export type ScoreMode = 'strict' | 'lenient';

/**
 * Options of {@link createScorer} and {@link scoreAnswers}. Pass a `Partial<ScoreOptions>`;
 * missing fields come from {@link DEFAULT_SCORE_OPTIONS}, except `minItems`, which defaults to
 * the chosen set's `defaultMinItems` (4 of 7 for relational coordination, 3 of 5 for the
 * relational capacity sets).
 * @example
 * ```ts
 * const o: Partial<ScoreOptions> = { dimensionSet: RELATIONAL_CAPACITY, minRaters: 5 };
 * scoreAnswers(answers, o);
 * ```
 */
export interface ScoreOptions {
  /** The dimensions scored together. Default `RELATIONAL_COORDINATION`. */
  readonly dimensionSet: DimensionSet;
  /** A rating is valid when at least this many dimensions are answered (1..number of dimensions). */
  readonly minItems: number;
  /** Ties rated by fewer respondents are suppressed (no scores shown). Integer >= 1, default 3. */
  readonly minRaters: number;
  /** Band thresholds, default 3.5 / 4.0 (docs/scoring.md, rule 3). */
  readonly bands: BandThresholds;
  /** Default `strict`. */
  readonly mode: ScoreMode;
  /** Level of the tie confidence intervals (`ci95`), default 0.95. */
  readonly confidence: number;
  /** At most this many issues are listed in lenient mode; the rest are counted. Default 1000. */
  readonly maxIssues: number;
  /**
   * Counts the steps of every loop whose length depends on the input's shape (rating lookups,
   * role summaries), for tests and benchmarks that check the work grows linearly. Default none.
   */
  readonly work: WorkCounter | undefined;
}

/**
 * A counter of work steps (see {@link ScoreOptions.work}).
 *
 * @example
 * ```ts
 * const work = { count: 0 };
 * scoreAnswers(answers, { work });
 * ```
 */
export interface WorkCounter {
  count: number;
}

/**
 * The defaults: relational coordination, minItems 4, minRaters 3, bands 3.5 / 4.0, strict,
 * 95 % intervals, at most 1000 listed issues.
 *
 * @example
 * ```ts
 * scoreAnswers(answers, { ...DEFAULT_SCORE_OPTIONS, minRaters: 5 });
 * ```
 */
export const DEFAULT_SCORE_OPTIONS: ScoreOptions = {
  dimensionSet: RELATIONAL_COORDINATION,
  minItems: RELATIONAL_COORDINATION.defaultMinItems,
  minRaters: 3,
  bands: DEFAULT_BANDS,
  mode: 'strict',
  confidence: 0.95,
  maxIssues: 1000,
  work: undefined,
};

const bad = (field: string, value: unknown, expected: string): OptionsError =>
  new OptionsError('RELCAP_BAD_OPTION', `scoring: invalid option ${field}`, { path: field, value: String(value), expected });

function checkDimensionSet(set: DimensionSet): void {
  if (set.dimensions.length === 0) throw bad('dimensionSet.dimensions', '[]', 'at least one dimension');
  const keys = new Set<string>();
  const groups = new Set(set.groups.map((g) => g.key));
  set.dimensions.forEach((d, i) => {
    if (keys.has(d.key)) throw bad(`dimensionSet.dimensions[${i}].key`, d.key, 'unique dimension keys');
    keys.add(d.key);
    if (!groups.has(d.group)) throw bad(`dimensionSet.dimensions[${i}].group`, d.group, `one of the set's groups`);
    const { min, max } = d.scale;
    if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max <= 250 && min < max)) {
      throw bad(`dimensionSet.dimensions[${i}].scale`, `${min}..${max}`, 'integer scale points within 1..250');
    }
  });
}

/**
 * Merges `options` with the defaults and validates them. Throws `OptionsError`
 * (`RELCAP_BAD_OPTION`, `location.path` = the option) for anything out of range.
 *
 * @example
 * ```ts
 * resolveScoreOptions({ dimensionSet: RELATIONAL_CAPACITY }).minItems; // 3
 * resolveScoreOptions({ minItems: 0 }); // throws OptionsError
 * ```
 */
export function resolveScoreOptions(options: Partial<ScoreOptions> = {}): ScoreOptions {
  // An option given as `undefined` (e.g. an unset CLI flag) means "use the default".
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<ScoreOptions>;
  const dimensionSet = given.dimensionSet ?? DEFAULT_SCORE_OPTIONS.dimensionSet;
  const o: ScoreOptions = {
    ...DEFAULT_SCORE_OPTIONS,
    ...given,
    dimensionSet,
    minItems: given.minItems ?? dimensionSet.defaultMinItems,
  };
  checkDimensionSet(dimensionSet);
  const dims = dimensionSet.dimensions.length;
  if (!(Number.isInteger(o.minItems) && o.minItems >= 1 && o.minItems <= dims)) {
    throw bad('minItems', o.minItems, `an integer from 1 to ${dims} (the number of dimensions)`);
  }
  if (!(Number.isInteger(o.minRaters) && o.minRaters >= 1)) throw bad('minRaters', o.minRaters, 'an integer >= 1');
  const { weakBelow, strongAbove } = o.bands;
  if (!(Number.isFinite(weakBelow) && Number.isFinite(strongAbove) && weakBelow <= strongAbove)) {
    throw bad('bands', `${weakBelow} / ${strongAbove}`, 'finite thresholds with weakBelow <= strongAbove');
  }
  if (o.mode !== 'strict' && o.mode !== 'lenient') throw bad('mode', o.mode, "'strict' or 'lenient'");
  checkConfidence(o.confidence, 'scoring');
  if (!(Number.isInteger(o.maxIssues) && o.maxIssues >= 0)) throw bad('maxIssues', o.maxIssues, 'an integer >= 0');
  if (o.work !== undefined && typeof o.work?.count !== 'number') throw bad('work', typeof o.work, 'an object { count: number }');
  return o;
}

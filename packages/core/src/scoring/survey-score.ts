import type { RwgResult } from '../stats/rwg';
import type { Band, BandThresholds } from './bands';
import type { ScoreIcc } from './score-icc';
import type { ScoreMode } from './score-options';

/**
 * One directed role-pair tie: respondents in role `from` rating role `to` (docs/scoring.md,
 * rule 2). Numbers are unrounded. A suppressed tie (`n < minRaters`) shows `n` and `incomplete`
 * but no score: `rc`, `sd`, `ci95`, `band`, `rwg` are `null` and every dimension and subscale is `null`.
 *
 * @example
 * ```ts
 * const t: TieScore = score.ties[0]!;
 * if (!t.suppressed) console.log(`${t.from} -> ${t.to}: ${t.rc!.toFixed(2)} (${t.band}, n=${t.n})`);
 * ```
 */
export interface TieScore {
  /** Rater role. */
  readonly from: string;
  /** Rated (target) role. */
  readonly to: string;
  /** `from === to`: the within-role tie. */
  readonly within: boolean;
  /** Number of valid ratings (respondents with at least `minItems` answered dimensions). */
  readonly n: number;
  /** Ratings of this tie excluded because fewer than `minItems` dimensions were answered. */
  readonly incomplete: number;
  /** `n < minRaters`: no scores are shown. */
  readonly suppressed: boolean;
  /** Mean of the raters' individual indexes `rc(r, to)`. */
  readonly rc: number | null;
  /** Sample standard deviation (n - 1) of the individual indexes; `null` when n < 2. */
  readonly sd: number | null;
  /** t-distribution interval at `options.confidence` (0.95 by default); `null` when n < 2. */
  readonly ci95: readonly [number, number] | null;
  readonly band: Band | null;
  /** Per dimension key: mean of the answered values of that dimension among the valid ratings. */
  readonly dimensions: Readonly<Record<string, number | null>>;
  /** Per group key: mean of the valid ratings' individual subscale scores that exist. */
  readonly subscales: Readonly<Record<string, number | null>>;
  /**
   * Within-tie agreement rwg(J) (James, Demaree & Wolf 1984) over the dimensions answered by at
   * least 2 valid raters, with its cut-off (> 0.70); `null` when suppressed, n < 2 or no such
   * dimension. See docs/statistics.md.
   */
  readonly rwg: RwgResult | null;
}

/**
 * Role summary (rule 5): RC given (outgoing between-role ties) and received (incoming).
 * @example
 * ```ts
 * score.roles.map((r) => [r.role, r.given, r.received]);
 * ```
 */
export interface RoleScore {
  readonly role: string;
  /** Respondents whose own role is this role. */
  readonly respondents: number;
  /** Unweighted mean `rc` of this role's non-suppressed outgoing between-role ties; `null` when none. */
  readonly given: number | null;
  /** Number of ties averaged into `given`. */
  readonly givenTies: number;
  /** Unweighted mean `rc` of the non-suppressed incoming between-role ties; `null` when none. */
  readonly received: number | null;
  /** Number of ties averaged into `received`. */
  readonly receivedTies: number;
}

/**
 * Network-level RC (rule 5), between-role ties only.
 * @example
 * ```ts
 * const { rcUnweighted, rcWeighted, weightedRatings } = score.network;
 * ```
 */
export interface NetworkScore {
  /** Mean of the non-suppressed between-role ties' `rc`, each directed tie counted once. */
  readonly rcUnweighted: number | null;
  /** Mean of every valid between-role individual rating whose tie is not suppressed. */
  readonly rcWeighted: number | null;
  /** Between-role ties with at least one rating (suppressed ones included). */
  readonly betweenRoleTies: number;
  /** How many of `betweenRoleTies` are suppressed (left out of both means). */
  readonly suppressedTies: number;
  /** Number of individual ratings behind `rcWeighted`. */
  readonly weightedRatings: number;
}

/**
 * Asymmetry of an unordered role pair (rule 6); `a` sorts before `b`.
 * @example
 * ```ts
 * for (const a of score.asymmetry) console.log(a.a, a.b, a.difference.toFixed(2));
 * ```
 */
export interface AsymmetryScore {
  readonly a: string;
  readonly b: string;
  readonly aToB: number;
  readonly bToA: number;
  /** `aToB - bToA`: positive when `a` rates `b` higher than `b` rates `a`. */
  readonly difference: number;
}

/**
 * Cronbach's alpha over complete ratings (every dimension answered), within and between alike.
 * @example
 * ```ts
 * const { cronbachAlpha, cases } = score.reliability;
 * ```
 */
export interface ReliabilityScore {
  readonly cronbachAlpha: number | null;
  /** Complete ratings used as cases. */
  readonly cases: number;
  /** Number of items (dimensions of the set). */
  readonly items: number;
  /**
   * ICC(1) and ICC(2) (Bliese 2000) of the valid individual indexes in ties that are not
   * suppressed, grouped by directed role pair and (between-role ratings only) by rated role.
   */
  readonly icc: ScoreIcc;
}

/**
 * A problem kept in lenient mode (in strict mode it is thrown instead).
 * @example
 * ```ts
 * for (const i of score.issues) console.warn(i.code, i.line, i.message);
 * ```
 */
export interface ScoreIssue {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
}

/**
 * The options that produced a score, as applied.
 * @example
 * ```ts
 * score.options.minRaters; // 3 unless changed
 * ```
 */
export interface EffectiveScoreOptions {
  readonly minItems: number;
  readonly minRaters: number;
  readonly bands: BandThresholds;
  readonly confidence: number;
  readonly mode: ScoreMode;
}

/**
 * One respondent's rating of one target role, on request only (`includeRatings: true`).
 * `rc` and `subscales` are `null` when the rating is incomplete (fewer than `minItems` answered).
 * These are individual answers: do not publish them.
 * @example
 * ```ts
 * scoreAnswers(answers, { includeRatings: true }).individualRatings.filter((r) => r.rc !== null);
 * ```
 */
export interface IndividualRating {
  readonly respondentId: string;
  readonly from: string;
  readonly to: string;
  readonly within: boolean;
  /** Number of answered dimensions. */
  readonly answered: number;
  readonly rc: number | null;
  readonly values: Readonly<Record<string, number | null>>;
  readonly subscales: Readonly<Record<string, number | null>>;
}

/**
 * The scored survey: plain JSON-serialisable data and the CLI's `--json` document
 * (docs/json-schema.md). Lists are sorted by role name (UTF-16 code unit order).
 *
 * @example
 * ```ts
 * const score = scoreAnswers(answers);
 * writeFileSync('score.json', JSON.stringify(score, null, 2));
 * ```
 */
export interface SurveyScore {
  readonly schemaVersion: 1;
  /** Key of the dimension set, e.g. `relational_coordination`. */
  readonly dimensionSet: string;
  readonly options: EffectiveScoreOptions;
  /** Distinct respondents. */
  readonly respondents: number;
  /** Individual ratings (respondent x target role): valid and incomplete (< minItems answered). */
  readonly ratings: { readonly valid: number; readonly incomplete: number };
  /** Answers whose value was missing (`null`). */
  readonly missingAnswers: number;
  readonly ties: readonly TieScore[];
  readonly roles: readonly RoleScore[];
  readonly network: NetworkScore;
  readonly asymmetry: readonly AsymmetryScore[];
  readonly reliability: ReliabilityScore;
  readonly issues: readonly ScoreIssue[];
  /** Present only when asked for with `includeRatings: true`. */
  readonly individualRatings?: readonly IndividualRating[];
}

/**
 * A {@link SurveyScore} that carries its individual ratings.
 * @example
 * ```ts
 * const s: SurveyScoreWithRatings = scoreAnswers(answers, { includeRatings: true });
 * icc(s.individualRatings, 'pair');
 * ```
 */
export type SurveyScoreWithRatings = SurveyScore & { readonly individualRatings: readonly IndividualRating[] };

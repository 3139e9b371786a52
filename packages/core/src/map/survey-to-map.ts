import type { DimensionSet } from '../dimensions/types';
import { findProfession, type Profession } from './professions';
import { type Actor, MAP_SCHEMA_VERSION, type NetworkMap, type RatedRelation } from './types';
import { validateMap } from './validate-map';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What {@link surveyToMap} reads from one scored role-pair tie (the scorer's tie has these fields). */
export interface ScoredTieLike {
  /** Rater role. */
  readonly from: string;
  /** Target role. */
  readonly to: string;
  /** True for the within-role tie (from = to). */
  readonly within: boolean;
  readonly n: number;
  readonly suppressed: boolean;
  readonly rc: number | null;
  /** Per dimension key the mean of the answered values; `null` when nobody answered it. */
  readonly dimensions: Readonly<Record<string, number | null>>;
}

/** What {@link surveyToMap} reads from a scored survey (a `SurveyScore` has these fields). */
export interface ScoredSurveyLike {
  readonly dimensionSet: string;
  readonly ties: readonly ScoredTieLike[];
  /**
   * All roles, including those without ties (names, or the `{ role }` summaries of a
   * `SurveyScore`); when absent, the roles met in `ties`.
   */
  readonly roles?: readonly (string | { readonly role: string })[];
}

/** Options of {@link surveyToMap}. */
export interface SurveyToMapOptions {
  readonly title: string;
  readonly round?: string;
  readonly createdAt?: string;
  readonly description?: string;
  /** Extra professions to match role names against (besides the catalogue). */
  readonly professions?: readonly Profession[];
  /** User-defined dimension sets, needed when `score.dimensionSet` is not a shipped set. */
  readonly dimensionSets?: readonly DimensionSet[];
}

export const DEFAULT_SURVEY_TO_MAP_OPTIONS: SurveyToMapOptions = { title: 'Role network' };

/**
 * Turns scored role-pair ties into a role network (`type: 'roles'`): each role becomes an actor
 * (id and label = the role as given, kind `professional`, `profession` = the catalogue key when
 * `findProfession(role)` matches) and each tie a directed rated relation from rater role to
 * target role, with `ratings` = the dimension means (null means left out), `rc`, `n`,
 * `suppressed` and `dimensionSet`. Within-role ties become self-loops. A suppressed tie carries
 * no scores. Relation ids are `t1`, `t2`, ... in tie order. The result is validated.
 *
 * @example
 * ```ts
 * const map = surveyToMap(scoreAnswers(answers), { title: 'Skole og PPR, forår 2026' });
 * writeFileSync('roles.graphml', toGraphml(map));
 * ```
 */
export function surveyToMap(score: ScoredSurveyLike, options: Partial<SurveyToMapOptions> = {}): NetworkMap {
  const o = { ...DEFAULT_SURVEY_TO_MAP_OPTIONS, ...options };
  const roles: string[] = [];
  const add = (r: string): void => {
    if (!roles.includes(r)) roles.push(r);
  };
  for (const r of score.roles ?? []) add(typeof r === 'string' ? r : r.role);
  for (const t of score.ties) {
    add(t.from);
    add(t.to);
  }
  const actors: Actor[] = roles.map((role) => {
    const p = findProfession(role, o.professions ?? []);
    return p === undefined ? { id: role, label: role, kind: 'professional' } : { id: role, label: role, kind: 'professional', profession: p.key };
  });
  const relations: RatedRelation[] = score.ties.map((t, i) => {
    const ratings: Record<string, number> = {};
    if (!t.suppressed) {
      for (const [k, v] of Object.entries(t.dimensions)) if (v !== null) ratings[k] = v;
    }
    const rel: Mutable<RatedRelation> = { id: `t${i + 1}`, source: t.from, target: t.to, directed: true, kind: 'rated', ratings };
    if (!t.suppressed && t.rc !== null) rel.rc = t.rc;
    rel.n = t.n;
    rel.suppressed = t.suppressed;
    rel.dimensionSet = score.dimensionSet;
    return rel;
  });
  const map: Record<string, unknown> = { schemaVersion: MAP_SCHEMA_VERSION, title: o.title, type: 'roles' };
  if (o.round !== undefined) map.round = o.round;
  if (o.createdAt !== undefined) map.createdAt = o.createdAt;
  if (o.description !== undefined) map.description = o.description;
  map.actors = actors;
  map.relations = relations;
  return validateMap(map, { dimensionSets: o.dimensionSets ?? [] });
}

import type { SurveyFormatError } from '../errors/relcap-error';
import type { Answer } from '../survey/types';
import { finishScore } from './finish-score';
import { ensureLength } from './growable';
import { CELL_EMPTY, CELL_MISSING, RatingStore } from './rating-store';
import { resolveScoreOptions, type ScoreOptions } from './score-options';
import {
  badValueError,
  duplicateError,
  inconsistentRoleError,
  missingFieldError,
  toIssue,
  unknownDimensionError,
} from './scorer-errors';
import type { ScoreIssue, SurveyScore, SurveyScoreWithRatings } from './survey-score';

/**
 * Options of `Scorer.finish`.
 * @example
 * ```ts
 * scorer.finish({ includeRatings: true }).individualRatings.length;
 * ```
 */
export interface FinishOptions {
  /** Also return every individual rating (`individualRatings`), e.g. for ICC. Default false. */
  readonly includeRatings: boolean;
}

/**
 * A streaming scorer: `add` answers one at a time, then `finish`. `finish` does not consume the
 * scorer (more answers may be added and `finish` called again).
 *
 * Memory: answers are not kept. Per individual rating (respondent x target role) the scorer
 * keeps `16 + 2 * dimensions` bytes (30 for the seven RC dimensions; up to twice that in spare
 * array capacity), per respondent its id and 12 bytes, per role its name. One million
 * long-format RC answers (about 143,000 ratings) take about 4-9 MB.
 * @example
 * ```ts
 * const s: Scorer = createScorer();
 * for (const a of answers) s.add(a);
 * const score = s.finish();
 * ```
 */
export interface Scorer {
  /** Adds one answer. Throws `SurveyFormatError` on a bad value, an unknown dimension, or (strict) a duplicate. */
  add(answer: Answer): void;
  finish(options: { readonly includeRatings: true }): SurveyScoreWithRatings;
  finish(options?: Partial<FinishOptions>): SurveyScore;
}

/**
 * Creates a streaming scorer (docs/scoring.md; Gittell 2002).
 *
 * @example
 * ```ts
 * const scorer = createScorer({ minRaters: 3 });
 * for await (const answer of readSurvey(stream)) scorer.add(answer);
 * const score = scorer.finish();
 * ```
 */
/** Target roles per respondent key in the rating map: 2^22 roles, far beyond any survey. */
const TARGET_KEYS = 2 ** 22;

export function createScorer(options: Partial<ScoreOptions> = {}): Scorer {
  const o = resolveScoreOptions(options);
  const set = o.dimensionSet;
  const dims = set.dimensions.length;
  const lenient = o.mode === 'lenient';
  const dimIndex = new Map<string, number>(set.dimensions.map((d, i) => [d.key, i]));
  const minValue = set.dimensions.map((d) => d.scale.min);
  const maxValue = set.dimensions.map((d) => d.scale.max);
  const store = new RatingStore(dims);
  const respIndex = new Map<string, number>();
  const respIds: string[] = [];
  let respRole = new Int32Array(256);
  let respHead = new Int32Array(256);
  let respLine = new Uint32Array(256);
  const roleIndex = new Map<string, number>();
  const roleNames: string[] = [];
  const issues: ScoreIssue[] = [];
  let unlisted = 0;
  let missing = 0;
  // One-entry caches: answers usually arrive grouped by respondent and target role.
  let lastId: string | undefined;
  let lastResp = -1;
  let lastTargetName: string | undefined;
  let lastTarget = -1;
  let cacheResp = -1;
  let cacheTarget = -1;
  let cacheRating = -1;

  const report = (e: SurveyFormatError): void => {
    if (!lenient) throw e;
    if (issues.length < o.maxIssues) issues.push(toIssue(e));
    else unlisted++;
  };

  const internRole = (a: Answer, field: 'respondentRole' | 'targetRole'): number => {
    const name = a[field];
    const known = roleIndex.get(name);
    if (known !== undefined) return known;
    if (typeof name !== 'string' || name === '') throw missingFieldError(a, field);
    roleIndex.set(name, roleNames.length);
    roleNames.push(name);
    return roleNames.length - 1;
  };

  const internRespondent = (a: Answer): number => {
    const id = a.respondentId;
    const known = respIndex.get(id);
    if (known !== undefined) return known;
    if (typeof id !== 'string' || id === '') throw missingFieldError(a, 'respondentId');
    const r = respIds.length;
    const role = internRole(a, 'respondentRole');
    respRole = ensureLength(respRole, r + 1);
    respHead = ensureLength(respHead, r + 1);
    respLine = ensureLength(respLine, r + 1);
    respRole[r] = role;
    respHead[r] = -1;
    respLine[r] = a.source?.line ?? 0;
    respIndex.set(id, r);
    respIds.push(id);
    return r;
  };

  // Rating of (respondent, target): the respondent's latest rating first (long files give a
  // respondent's answers about one target together), else a map, so a wide file with thousands
  // of targets per respondent costs one lookup per answer, not a walk over the targets.
  const ratingOf = new Map<number, number>();
  const work = o.work;
  const findRating = (resp: number, target: number, line: number): number => {
    if (work !== undefined) work.count++;
    const head = respHead[resp]!;
    if (head !== -1 && store.target[head] === target) return head;
    const key = resp * TARGET_KEYS + target;
    const known = ratingOf.get(key);
    if (known !== undefined) return known;
    const i = store.push(resp, target, head, line);
    respHead[resp] = i;
    ratingOf.set(key, i);
    return i;
  };

  const add = (a: Answer): void => {
    const d = dimIndex.get(a.dimension);
    if (d === undefined) throw unknownDimensionError(a, set);
    const v = a.value;
    if (v !== null && !(Number.isInteger(v) && v >= minValue[d]! && v <= maxValue[d]!)) {
      throw badValueError(a, minValue[d]!, maxValue[d]!);
    }
    let resp = lastResp;
    if (a.respondentId !== lastId) {
      resp = internRespondent(a);
      lastId = a.respondentId;
      lastResp = resp;
    }
    if (roleNames[respRole[resp]!] !== a.respondentRole) {
      report(inconsistentRoleError(a, roleNames[respRole[resp]!]!, respLine[resp]!, lenient));
      // lenient: the respondent keeps the first role and this answer is scored under it
    }
    let target = lastTarget;
    if (a.targetRole !== lastTargetName) {
      target = internRole(a, 'targetRole');
      lastTargetName = a.targetRole;
      lastTarget = target;
    }
    const line = a.source?.line ?? 0;
    let rating = cacheRating;
    if (resp !== cacheResp || target !== cacheTarget) {
      rating = findRating(resp, target, line);
      cacheResp = resp;
      cacheTarget = target;
      cacheRating = rating;
    }
    const cell = rating * dims + d;
    if (store.cells[cell] !== CELL_EMPTY) {
      report(duplicateError(a, store.lineOf(rating, cell), lenient));
      return; // lenient: the first answer is kept
    }
    if (v === null) {
      store.cells[cell] = CELL_MISSING;
      missing++;
    } else store.cells[cell] = v;
    store.setLine(rating, cell, line);
  };

  function finish(finishOptions: Partial<FinishOptions> = {}): SurveyScore {
    return finishScore(
      {
        options: o,
        store,
        respondentIds: respIds,
        respondentRole: respRole,
        roleNames,
        missingAnswers: missing,
        issues,
        unlistedIssues: unlisted,
      },
      finishOptions.includeRatings === true,
    );
  }

  return { add, finish } as Scorer;
}

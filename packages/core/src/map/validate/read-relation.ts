import { BUILTIN_DIMENSION_SETS, findDimension } from '../../dimensions/registry';
import type { DimensionSet } from '../../dimensions/types';
import type { RatedRelation, Relation, RelationAction, StrengthRelation } from '../types';
import { RELATION_STRENGTHS } from '../types';
import { checkNumber, enumField, optionalBoolean, optionalNumber, optionalString, requiredBoolean, requiredString } from './fields';
import { isRecord, type ProblemSink, report, typeName } from './problems';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Dimension set of a rated relation when `dimensionSet` is absent. */
export const DEFAULT_RELATION_DIMENSION_SET = 'relational_coordination';

const KINDS = ['strength', 'rated'] as const;

/**
 * Reads one relation at `path` (`relations[0]`): fields, kind-specific fields and ratings. Whether
 * source and target name existing actors is checked by the caller, which knows all actors.
 */
export function readRelation(
  sink: ProblemSink,
  raw: unknown,
  path: string,
  customSets: readonly DimensionSet[],
): Relation | undefined {
  if (!isRecord(raw)) {
    report(sink, 'RELCAP_MAP_BAD_TYPE', 'a relation must be an object', path, raw, `an object, not ${typeName(raw)}`);
    return undefined;
  }
  const before = sink.problems.length;
  const id = requiredString(sink, raw, 'id', path, true);
  const source = requiredString(sink, raw, 'source', path, true);
  const target = requiredString(sink, raw, 'target', path, true);
  const directed = requiredBoolean(sink, raw, 'directed', path);
  const notes = optionalString(sink, raw, 'notes', path);
  const action = readAction(sink, raw.action, `${path}.action`);
  const kind = enumField(sink, raw, 'kind', path, KINDS, true);
  if (id === undefined || source === undefined || target === undefined || directed === undefined) return undefined;
  const base = { id, source, target, directed, ...(notes !== undefined ? { notes } : {}), ...(action !== undefined ? { action } : {}) };
  if (kind === 'strength') {
    const strength = enumField(sink, raw, 'strength', path, RELATION_STRENGTHS, true);
    if (source === target) {
      report(
        sink,
        'RELCAP_MAP_SELF_LOOP',
        'a relation drawn with a strength cannot connect an actor to itself',
        `${path}.target`,
        target,
        `an actor other than the source "${source}" (only rated relations may be self-loops: the within-role tie)`,
      );
    }
    if (strength === undefined || sink.problems.length > before) return undefined;
    const rel: StrengthRelation = { ...base, kind, strength };
    return rel;
  }
  if (kind === 'rated') {
    const rel = readRated(sink, raw, path, customSets, base);
    return sink.problems.length > before ? undefined : rel;
  }
  return undefined;
}

function readRated(
  sink: ProblemSink,
  raw: Record<string, unknown>,
  path: string,
  customSets: readonly DimensionSet[],
  base: Omit<RatedRelation, 'kind' | 'ratings'>,
): RatedRelation | undefined {
  const setKey = optionalString(sink, raw, 'dimensionSet', path);
  const sets = [...customSets, ...BUILTIN_DIMENSION_SETS];
  const set = sets.find((s) => s.key === (setKey ?? DEFAULT_RELATION_DIMENSION_SET));
  if (setKey !== undefined && set === undefined) {
    report(sink, 'RELCAP_MAP_UNKNOWN_DIMENSION_SET', 'unknown dimension set', `${path}.dimensionSet`, setKey, `one of ${sets.map((s) => `"${s.key}"`).join(', ')}`);
  }
  const scaleMin = set === undefined ? 1 : Math.min(...set.dimensions.map((d) => d.scale.min));
  const scaleMax = set === undefined ? 5 : Math.max(...set.dimensions.map((d) => d.scale.max));
  const rc = optionalNumber(sink, raw, 'rc', path, { min: scaleMin, max: scaleMax });
  const n = optionalNumber(sink, raw, 'n', path, { min: 0, integer: true });
  const suppressed = optionalBoolean(sink, raw, 'suppressed', path);
  const ratings = readRatings(sink, raw.ratings, `${path}.ratings`, set);
  if (suppressed === true) {
    if (raw.rc !== undefined) {
      report(sink, 'RELCAP_MAP_SUPPRESSED_WITH_SCORES', 'a suppressed tie must not carry scores', `${path}.rc`, raw.rc, 'no "rc" on a suppressed tie (too few raters to show scores)');
    }
    if (ratings !== undefined && Object.keys(ratings).length > 0) {
      report(sink, 'RELCAP_MAP_SUPPRESSED_WITH_SCORES', 'a suppressed tie must not carry scores', `${path}.ratings`, raw.ratings, 'empty ratings {} on a suppressed tie (too few raters to show scores)');
    }
  }
  if (ratings === undefined) return undefined;
  const rel: Mutable<RatedRelation> = { ...base, kind: 'rated', ratings };
  if (rc !== undefined) rel.rc = rc;
  if (n !== undefined) rel.n = n;
  if (suppressed !== undefined) rel.suppressed = suppressed;
  if (setKey !== undefined) rel.dimensionSet = setKey;
  return rel;
}

function readRatings(
  sink: ProblemSink,
  raw: unknown,
  path: string,
  set: DimensionSet | undefined,
): Record<string, number> | undefined {
  if (raw === undefined) {
    report(sink, 'RELCAP_MAP_MISSING_FIELD', 'missing field "ratings"', path, undefined, 'an object of dimension key -> mean score ({} when there are none)');
    return undefined;
  }
  if (!isRecord(raw)) {
    report(sink, 'RELCAP_MAP_BAD_TYPE', '"ratings" must be an object', path, raw, 'an object of dimension key -> mean score');
    return undefined;
  }
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(raw)) {
    const keyPath = `${path}.${key}`;
    if (set === undefined) continue;
    const dim = set.dimensions.find((d) => d.key === key);
    if (dim === undefined) {
      const alias = findDimension(set, key);
      const expected =
        alias !== undefined
          ? `the canonical key "${alias.key}" ("${key}" is an alias, accepted in CSV headers only)`
          : `a dimension of "${set.key}": ${set.dimensions.map((d) => d.key).join(', ')}`;
      report(sink, 'RELCAP_MAP_UNKNOWN_DIMENSION', 'unknown dimension key', keyPath, key, expected);
      continue;
    }
    const v = checkNumber(sink, value, key, keyPath, { min: dim.scale.min, max: dim.scale.max });
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Reads an agreed action `{ what, who?, when?, done? }`; `what` must not be empty. */
export function readAction(sink: ProblemSink, raw: unknown, path: string): RelationAction | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    report(sink, 'RELCAP_MAP_BAD_TYPE', 'an action must be an object', path, raw, 'an object { "what": text, "who"?: text, "when"?: text, "done"?: true or false }');
    return undefined;
  }
  const before = sink.problems.length;
  const what = requiredString(sink, raw, 'what', path);
  if (what !== undefined && what.trim() === '') {
    report(sink, 'RELCAP_MAP_EMPTY_ACTION', 'an agreed action must say what was agreed', `${path}.what`, what, 'a non-empty text (remove the action instead)');
  }
  const who = optionalString(sink, raw, 'who', path);
  const when = optionalString(sink, raw, 'when', path);
  const done = optionalBoolean(sink, raw, 'done', path);
  if (what === undefined || sink.problems.length > before) return undefined;
  const action: Mutable<RelationAction> = { what };
  if (who !== undefined) action.who = who;
  if (when !== undefined) action.when = when;
  if (done !== undefined) action.done = done;
  return action;
}

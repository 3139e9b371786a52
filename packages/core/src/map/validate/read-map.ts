import type { MapValidationError } from '../../errors/relcap-error';
import type { Actor, NetworkMap, Relation } from '../types';
import { MAP_SCHEMA_VERSION, MAP_TYPES } from '../types';
import { V1_RING_GAP } from '../position';
import { enumField, optionalString, requiredString } from './fields';
import { isRecord, type ProblemSink, report, typeName } from './problems';
import { readActor } from './read-actor';
import { readRelation } from './read-relation';
import type { DimensionSet } from '../../dimensions/types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Map format versions this version of relcap reads (older ones are migrated on reading). */
export const SUPPORTED_MAP_VERSIONS: readonly number[] = [1, MAP_SCHEMA_VERSION];

/** What reading an older format version changed, for the user (`parseMapWithNotes`). */
export interface MapMigrationNote {
  readonly code: 'RELCAP_MAP_MIGRATED';
  /** Format version of the document as read. */
  readonly from: number;
  /** Format version of the map returned. */
  readonly to: number;
  /** Plain words: which version, what was converted. */
  readonly message: string;
}

/**
 * Reads a parsed JSON document as a network map, collecting every problem. `map` is set only
 * when there are no problems; it is a fresh object holding the known fields only.
 */
export function readMap(
  data: unknown,
  file: string | undefined,
  customSets: readonly DimensionSet[],
): { map: NetworkMap | undefined; problems: MapValidationError[]; notes: MapMigrationNote[] } {
  const sink: ProblemSink = { file, problems: [] };
  if (!isRecord(data)) {
    report(sink, 'RELCAP_MAP_BAD_TYPE', 'a map document must be a JSON object', '$', data, `an object, not ${typeName(data)}`);
    return { map: undefined, problems: sink.problems, notes: [] };
  }
  checkVersion(sink, data.schemaVersion);
  const version = data.schemaVersion === 1 ? 1 : MAP_SCHEMA_VERSION;
  const title = requiredString(sink, data, 'title', '');
  const type = enumField(sink, data, 'type', '', MAP_TYPES, true);
  const round = optionalString(sink, data, 'round', '');
  const createdAt = optionalString(sink, data, 'createdAt', '');
  const description = optionalString(sink, data, 'description', '');
  const actors = readList(sink, data.actors, 'actors', (raw, path) => readActor(sink, raw, path, version));
  const relations = readList(sink, data.relations, 'relations', (raw, path) => readRelation(sink, raw, path, customSets));
  checkActorSet(sink, data.actors);
  checkRelationSet(sink, data.relations, data.actors);
  if (sink.problems.length > 0 || title === undefined || type === undefined) {
    return { map: undefined, problems: sink.problems, notes: [] };
  }
  const map: Mutable<NetworkMap> = {
    schemaVersion: MAP_SCHEMA_VERSION,
    title,
    type,
    actors: actors as Actor[],
    relations: relations as Relation[],
  };
  if (round !== undefined) map.round = round;
  if (createdAt !== undefined) map.createdAt = createdAt;
  if (description !== undefined) map.description = description;
  // Keep the documented key order: schemaVersion, title, type, round, createdAt, description, actors, relations.
  const { actors: a, relations: r, ...head } = map;
  const notes = version === MAP_SCHEMA_VERSION ? [] : [migrationNote(version, a)];
  return { map: { ...head, actors: a, relations: r }, problems: [], notes };
}

function migrationNote(from: number, actors: readonly Actor[]): MapMigrationNote {
  const moved = actors.filter((a) => a.position !== undefined).length;
  return {
    code: 'RELCAP_MAP_MIGRATED',
    from,
    to: MAP_SCHEMA_VERSION,
    message: `map: read format version ${from} and converted it to version ${MAP_SCHEMA_VERSION}: ${moved} saved position(s) converted from x,y to angle and distance (ring gap ${V1_RING_GAP}); save the map to keep the new format`,
  };
}

function checkVersion(sink: ProblemSink, v: unknown): void {
  const expected = `schemaVersion ${SUPPORTED_MAP_VERSIONS.join(' or ')} (this version of relcap reads map format version ${SUPPORTED_MAP_VERSIONS.join(', ')})`;
  if (v === undefined) {
    report(sink, 'RELCAP_MAP_MISSING_FIELD', 'missing field "schemaVersion"', 'schemaVersion', undefined, expected);
  } else if (typeof v !== 'number' || !SUPPORTED_MAP_VERSIONS.includes(v)) {
    report(sink, 'RELCAP_MAP_UNSUPPORTED_VERSION', 'unsupported map format version', 'schemaVersion', v, expected);
  }
}

function readList<T>(
  sink: ProblemSink,
  raw: unknown,
  key: string,
  read: (item: unknown, path: string) => T | undefined,
): (T | undefined)[] {
  if (raw === undefined) {
    report(sink, 'RELCAP_MAP_MISSING_FIELD', `missing field "${key}"`, key, undefined, 'an array ([] when empty)');
    return [];
  }
  if (!Array.isArray(raw)) {
    report(sink, 'RELCAP_MAP_BAD_TYPE', `"${key}" must be an array`, key, raw, `an array, not ${typeName(raw)}`);
    return [];
  }
  return raw.map((item, i) => read(item, `${key}[${i}]`));
}

/** Unique actor ids and at most one coordinator (one actor is responsible; docs/map-format.md). */
function checkActorSet(sink: ProblemSink, raw: unknown): void {
  if (!Array.isArray(raw)) return;
  const seen = new Map<string, number>();
  let coordinator: number | undefined;
  raw.forEach((a: unknown, i) => {
    if (!isRecord(a)) return;
    if (typeof a.id === 'string' && a.id.trim() !== '') {
      const first = seen.get(a.id);
      if (first !== undefined) {
        report(sink, 'RELCAP_MAP_DUPLICATE_ID', 'duplicate actor id', `actors[${i}].id`, a.id, `a unique id ("${a.id}" is already used by actors[${first}])`);
      } else seen.set(a.id, i);
    }
    if (a.coordinator === true) {
      if (coordinator !== undefined) {
        report(sink, 'RELCAP_MAP_MULTIPLE_COORDINATORS', 'more than one coordinator (tovholder)', `actors[${i}].coordinator`, true, `at most one coordinator per map (actors[${coordinator}] is already the coordinator)`);
      } else coordinator = i;
    }
  });
}

/** Unique relation ids and endpoints that name existing actors. */
function checkRelationSet(sink: ProblemSink, raw: unknown, rawActors: unknown): void {
  if (!Array.isArray(raw)) return;
  const actorIds = new Set<string>();
  if (Array.isArray(rawActors)) {
    for (const a of rawActors) if (isRecord(a) && typeof a.id === 'string') actorIds.add(a.id);
  }
  const seen = new Map<string, number>();
  raw.forEach((r: unknown, i) => {
    if (!isRecord(r)) return;
    if (typeof r.id === 'string' && r.id.trim() !== '') {
      const first = seen.get(r.id);
      if (first !== undefined) {
        report(sink, 'RELCAP_MAP_DUPLICATE_ID', 'duplicate relation id', `relations[${i}].id`, r.id, `a unique id ("${r.id}" is already used by relations[${first}])`);
      } else seen.set(r.id, i);
    }
    for (const end of ['source', 'target'] as const) {
      const v = r[end];
      if (typeof v === 'string' && v.trim() !== '' && !actorIds.has(v)) {
        report(sink, 'RELCAP_MAP_UNKNOWN_ACTOR', `the relation's ${end} is not an actor on the map`, `relations[${i}].${end}`, v, 'the id of an actor in "actors"');
      }
    }
  });
}

import type { Actor } from '../types';
import { ACTOR_KINDS, ANCHORINGS, MAP_SCHEMA_VERSION, SECTORS } from '../types';
import { enumField, optionalBoolean, optionalString, requiredString } from './fields';
import { isRecord, type ProblemSink, report, typeName } from './problems';
import { readPosition } from './read-position';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads one actor at `path` (`actors[3]`) of a document in format `version` (a version 1
 * position is converted), recording every problem. Returns a fresh actor with the known fields
 * only, or `undefined` when a required field is unusable.
 */
export function readActor(sink: ProblemSink, raw: unknown, path: string, version: number = MAP_SCHEMA_VERSION): Actor | undefined {
  if (!isRecord(raw)) {
    report(sink, 'RELCAP_MAP_BAD_TYPE', 'an actor must be an object', path, raw, `an object, not ${typeName(raw)}`);
    return undefined;
  }
  const before = sink.problems.length;
  const id = requiredString(sink, raw, 'id', path, true);
  const label = requiredString(sink, raw, 'label', path);
  const kind = enumField(sink, raw, 'kind', path, ACTOR_KINDS, true);
  const profession = optionalString(sink, raw, 'profession', path);
  const organisation = optionalString(sink, raw, 'organisation', path);
  const sector = enumField(sink, raw, 'sector', path, SECTORS, false);
  const authority = optionalBoolean(sink, raw, 'authority', path);
  const anchoring = enumField(sink, raw, 'anchoring', path, ANCHORINGS, false);
  const coordinator = optionalBoolean(sink, raw, 'coordinator', path);
  const notes = optionalString(sink, raw, 'notes', path);
  const position = readPosition(sink, raw.position, `${path}.position`, version);
  if (sink.problems.length > before || id === undefined || label === undefined || kind === undefined) {
    return undefined;
  }
  const actor: Mutable<Actor> = { id, label, kind };
  if (profession !== undefined) actor.profession = profession;
  if (organisation !== undefined) actor.organisation = organisation;
  if (sector !== undefined) actor.sector = sector;
  if (authority !== undefined) actor.authority = authority;
  if (anchoring !== undefined) actor.anchoring = anchoring;
  if (coordinator !== undefined) actor.coordinator = coordinator;
  if (notes !== undefined) actor.notes = notes;
  if (position !== undefined) actor.position = position;
  return actor;
}

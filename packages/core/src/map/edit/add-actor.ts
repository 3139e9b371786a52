import type { Actor, NetworkMap } from '../types';
import { readActor } from '../validate/read-actor';
import { editError, readOrThrow } from './edit-error';

/**
 * Adds an actor with a caller-given id (see {@link nextActorId}) at the end of `map.actors`.
 * The actor is read as `validateMap` reads it (a fresh copy with the known fields).
 *
 * @throws MapEditError `RELCAP_EDIT_DUPLICATE_ID` when the id is taken,
 *   `RELCAP_EDIT_MULTIPLE_COORDINATORS` when it is a coordinator and the map has one, or the
 *   validator's problem as `RELCAP_EDIT_*` (`RELCAP_EDIT_UNKNOWN_VALUE` at `actors[8].kind`).
 * @example
 * ```ts
 * const next = addActor(map, { id: nextActorId(map, 'lærer'), label: 'Lærer', kind: 'professional', profession: 'lærer' });
 * ```
 */
export function addActor(map: NetworkMap, actor: Actor): NetworkMap {
  const path = `actors[${map.actors.length}]`;
  const read = readOrThrow('addActor', (sink) => readActor(sink, actor, path));
  const taken = map.actors.findIndex((a) => a.id === read.id);
  if (taken >= 0) {
    throw editError('addActor', 'RELCAP_EDIT_DUPLICATE_ID', 'duplicate actor id', `${path}.id`, read.id, `a free id ("${read.id}" is already used by actors[${taken}]; nextActorId gives one)`);
  }
  const coordinator = map.actors.findIndex((a) => a.coordinator === true);
  if (read.coordinator === true && coordinator >= 0) {
    throw editError('addActor', 'RELCAP_EDIT_MULTIPLE_COORDINATORS', 'more than one coordinator (tovholder)', `${path}.coordinator`, 'true', `at most one coordinator per map (actors[${coordinator}] is already the coordinator; use setCoordinator)`);
  }
  return { ...map, actors: [...map.actors, read] };
}

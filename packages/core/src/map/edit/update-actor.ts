import type { Actor, ActorKind, Anchoring, NetworkMap, Sector } from '../types';
import { readActor } from '../validate/read-actor';
import { editError, readOrThrow } from './edit-error';
import { actorIndex, replaceAt } from './find';

/**
 * Changes to an actor's descriptive fields. An absent field stays as it is; `null` removes an
 * optional field. The id, the coordinator and the position have their own edits
 * (`setCoordinator`, `moveActor`).
 */
export interface ActorPatch {
  readonly label?: string;
  readonly kind?: ActorKind;
  readonly profession?: string | null;
  readonly organisation?: string | null;
  readonly sector?: Sector | null;
  readonly anchoring?: Anchoring | null;
  readonly authority?: boolean | null;
  readonly notes?: string | null;
}

/** The fields {@link ActorPatch} may change. */
export const ACTOR_PATCH_KEYS: readonly (keyof ActorPatch)[] = ['label', 'kind', 'profession', 'organisation', 'sector', 'anchoring', 'authority', 'notes'];

/**
 * Changes the descriptive fields of actor `id` (label, profession, organisation, sector, kind,
 * anchoring, authority, notes); the actor keeps its place in `map.actors`.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_ACTOR`, `RELCAP_EDIT_UNKNOWN_FIELD` for a key
 *   outside {@link ACTOR_PATCH_KEYS} (`id`, `coordinator`, `position`), `RELCAP_EDIT_MISSING_FIELD`
 *   for `label: null`, or the validator's problem (`RELCAP_EDIT_UNKNOWN_VALUE` at `actors[2].sector`).
 * @example
 * ```ts
 * updateActor(map, 'l', { label: 'Lærer (3.b)', organisation: 'Skolen', notes: null });
 * ```
 */
export function updateActor(map: NetworkMap, id: string, patch: ActorPatch): NetworkMap {
  const i = actorIndex(map, id, 'updateActor');
  const path = `actors[${i}]`;
  const candidate: Record<string, unknown> = { ...map.actors[i] };
  for (const [key, value] of Object.entries(patch)) {
    if (!(ACTOR_PATCH_KEYS as readonly string[]).includes(key)) {
      throw editError('updateActor', 'RELCAP_EDIT_UNKNOWN_FIELD', `"${key}" cannot be changed by updateActor`, `${path}.${key}`, key, `one of ${ACTOR_PATCH_KEYS.join(', ')} (the coordinator: setCoordinator; the position: moveActor)`);
    }
    if (value === undefined) continue;
    if (value === null) delete candidate[key];
    else candidate[key] = value;
  }
  const read: Actor = readOrThrow('updateActor', (sink) => readActor(sink, candidate, path));
  return { ...map, actors: replaceAt(map.actors, i, read) };
}

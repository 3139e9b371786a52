import type { ActorPosition, NetworkMap } from '../types';
import { readActor } from '../validate/read-actor';
import { readOrThrow } from './edit-error';
import { actorIndex, replaceAt } from './find';

/**
 * Saves where actor `id` is drawn (after a drag: `pinned: true`); `null` removes the saved
 * position so the layout places the actor again.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_ACTOR`, or the validator's problem for a bad
 *   position (`RELCAP_EDIT_BAD_TYPE` at `actors[2].position.x`).
 * @example
 * ```ts
 * moveActor(map, 'l', { x: 120, y: -40, pinned: true });
 * ```
 */
export function moveActor(map: NetworkMap, id: string, position: ActorPosition | null): NetworkMap {
  const i = actorIndex(map, id, 'moveActor');
  const path = `actors[${i}]`;
  const { position: _, ...rest } = map.actors[i]!;
  const candidate = position === null ? rest : { ...rest, position };
  const read = readOrThrow('moveActor', (sink) => readActor(sink, candidate, path));
  return { ...map, actors: replaceAt(map.actors, i, read) };
}

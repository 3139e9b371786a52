import type { NetworkMap } from '../types';
import { actorIndex } from './find';

/**
 * Removes actor `id` and every relation that starts or ends at it.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_ACTOR`.
 * @example
 * ```ts
 * removeActor(map, 'tandplejer').relations.some((r) => r.source === 'tandplejer'); // false
 * ```
 */
export function removeActor(map: NetworkMap, id: string): NetworkMap {
  const i = actorIndex(map, id, 'removeActor');
  return {
    ...map,
    actors: map.actors.filter((_, j) => j !== i),
    relations: map.relations.filter((r) => r.source !== id && r.target !== id),
  };
}

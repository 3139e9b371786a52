import type { Actor, NetworkMap } from '../types';
import { actorIndex } from './find';

/**
 * Makes actor `id` the coordinator (tovholder) and no other actor; `null` leaves the map without
 * one. Actors whose role does not change are shared with the input.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_ACTOR`.
 * @example
 * ```ts
 * setCoordinator(map, 'sagsbehandler').actors.filter((a) => a.coordinator).length; // 1
 * ```
 */
export function setCoordinator(map: NetworkMap, id: string | null): NetworkMap {
  if (id !== null) actorIndex(map, id, 'setCoordinator');
  const actors = map.actors.map((a): Actor => {
    const want = a.id === id;
    if (want ? a.coordinator === true : a.coordinator === undefined) return a;
    const { coordinator: _, ...rest } = a;
    return want ? { ...rest, coordinator: true } : rest;
  });
  return { ...map, actors };
}

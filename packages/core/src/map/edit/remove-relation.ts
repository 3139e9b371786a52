import type { NetworkMap } from '../types';
import { relationIndex } from './find';

/**
 * Removes relation `id`; its actors stay.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_RELATION`.
 * @example
 * ```ts
 * removeRelation(map, 'r3').relations.length; // one less
 * ```
 */
export function removeRelation(map: NetworkMap, id: string): NetworkMap {
  const i = relationIndex(map, id, 'removeRelation');
  return { ...map, relations: map.relations.filter((_, j) => j !== i) };
}

import type { NetworkMap } from '../types';
import { editError } from './edit-error';

/** Index of the actor `id` in `map.actors`; throws `RELCAP_EDIT_UNKNOWN_ACTOR` when there is none. */
export function actorIndex(map: NetworkMap, id: string, edit: string, path = 'actors'): number {
  const i = map.actors.findIndex((a) => a.id === id);
  if (i < 0) throw editError(edit, 'RELCAP_EDIT_UNKNOWN_ACTOR', `no actor "${id}" on the map`, path, id, 'the id of an actor on the map');
  return i;
}

/** Index of the relation `id` in `map.relations`; throws `RELCAP_EDIT_UNKNOWN_RELATION` when there is none. */
export function relationIndex(map: NetworkMap, id: string, edit: string): number {
  const i = map.relations.findIndex((r) => r.id === id);
  if (i < 0) throw editError(edit, 'RELCAP_EDIT_UNKNOWN_RELATION', `no relation "${id}" on the map`, 'relations', id, 'the id of a relation on the map');
  return i;
}

/** A copy of `items` with the item at `index` replaced (the others shared). */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const out = items.slice();
  out[index] = item;
  return out;
}

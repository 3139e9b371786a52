import type { NetworkMap } from '../types';
import { editError } from './edit-error';
import { relationIndex, replaceAt } from './find';

/** Direction of a relation: mutual or directed, and whether to swap its ends. */
export interface RelationDirection {
  /** `true`: the source's view of the target (an arrow); `false`: mutual. */
  readonly directed: boolean;
  /** Swap source and target (the arrow points the other way). Default `false`. */
  readonly reverse?: boolean;
}

/**
 * Makes relation `id` directed or mutual and, with `reverse`, swaps its ends.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_RELATION`, `RELCAP_EDIT_BAD_TYPE` when `directed` or
 *   `reverse` is not a boolean.
 * @example
 * ```ts
 * setRelationDirection(map, 'r2', { directed: true, reverse: true });
 * ```
 */
export function setRelationDirection(map: NetworkMap, id: string, direction: RelationDirection): NetworkMap {
  const i = relationIndex(map, id, 'setRelationDirection');
  const { directed, reverse = false } = direction;
  for (const [key, v] of [['directed', directed], ['reverse', reverse]] as const) {
    if (typeof v !== 'boolean') {
      throw editError('setRelationDirection', 'RELCAP_EDIT_BAD_TYPE', `"${key}" must be true or false`, `relations[${i}].${key}`, String(v), 'true or false');
    }
  }
  const r = map.relations[i]!;
  const next = reverse ? { ...r, directed, source: r.target, target: r.source } : { ...r, directed };
  return { ...map, relations: replaceAt(map.relations, i, next) };
}

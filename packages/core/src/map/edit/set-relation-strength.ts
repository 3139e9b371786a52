import type { NetworkMap, RelationStrength } from '../types';
import { readRelation } from '../validate/read-relation';
import { readOrThrow } from './edit-error';
import { relationIndex, replaceAt } from './find';
import { relationBase } from './relation-base';

/**
 * Draws relation `id` with an eco-map strength (strong, weak, missing, stressful). A rated
 * relation becomes a strength relation and loses its ratings; id, ends, direction, notes and
 * action stay.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_RELATION`, `RELCAP_EDIT_UNKNOWN_VALUE` for a strength
 *   outside the four, `RELCAP_EDIT_SELF_LOOP` for a rated within-role tie (a strength needs two actors).
 * @example
 * ```ts
 * setRelationStrength(map, 'r2', 'missing');
 * ```
 */
export function setRelationStrength(map: NetworkMap, id: string, strength: RelationStrength): NetworkMap {
  const i = relationIndex(map, id, 'setRelationStrength');
  const candidate = { ...relationBase(map.relations[i]!), kind: 'strength', strength };
  const read = readOrThrow('setRelationStrength', (sink) => readRelation(sink, candidate, `relations[${i}]`, []));
  return { ...map, relations: replaceAt(map.relations, i, read) };
}

import type { NetworkMap } from '../types';
import { readRelation } from '../validate/read-relation';
import { editError, readOrThrow } from './edit-error';
import { relationIndex, replaceAt } from './find';
import { relationBase } from './relation-base';

/**
 * Rates relation `id` on the relational-coordination dimensions (`frequency`, `timeliness`,
 * `accuracy`, `problem_solving`, `shared_goals`, `shared_knowledge`, `mutual_respect`; each 1..5,
 * Gittell 2002). The relation becomes `kind: 'rated'` with these ratings and nothing else
 * (a previous `rc`, `n` or suppression is dropped: the new rating is the workshop's own); its
 * strength follows from the mean of the ratings with the bands (`relationBand`: weak < 3.5 <=
 * moderate <= 4.0 < strong). Id, ends, direction, notes and action stay.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_RELATION`, `RELCAP_EDIT_NO_RATINGS` for `{}`,
 *   `RELCAP_EDIT_OUT_OF_RANGE` at `relations[2].ratings.accuracy` for a value outside 1..5,
 *   `RELCAP_EDIT_UNKNOWN_DIMENSION` for another key.
 * @example
 * ```ts
 * const next = rateRelation(map, 'r2', { frequency: 4, timeliness: 5, accuracy: 4, problem_solving: 5, shared_goals: 4, shared_knowledge: 4, mutual_respect: 5 });
 * relationBand(next.relations[1]!); // 'strong' (mean 4.43)
 * ```
 */
export function rateRelation(map: NetworkMap, id: string, ratings: Readonly<Record<string, number>>): NetworkMap {
  const i = relationIndex(map, id, 'rateRelation');
  const path = `relations[${i}]`;
  if (typeof ratings !== 'object' || ratings === null || Object.keys(ratings).length === 0) {
    throw editError('rateRelation', 'RELCAP_EDIT_NO_RATINGS', 'a rating needs at least one dimension', `${path}.ratings`, JSON.stringify(ratings) ?? String(ratings), 'an object of dimension key -> 1..5, e.g. { "frequency": 4 }');
  }
  const candidate = { ...relationBase(map.relations[i]!), kind: 'rated', ratings };
  const read = readOrThrow('rateRelation', (sink) => readRelation(sink, candidate, path, []));
  return { ...map, relations: replaceAt(map.relations, i, read) };
}

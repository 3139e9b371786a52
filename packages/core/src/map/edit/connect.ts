import type { DimensionSet } from '../../dimensions/types';
import type { NetworkMap, Relation } from '../types';
import { readRelation } from '../validate/read-relation';
import { editError, readOrThrow } from './edit-error';

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** User-defined dimension sets a rated relation may name in `dimensionSet`. */
  readonly dimensionSets: readonly DimensionSet[];
}

/** Defaults of {@link ConnectOptions}: only the shipped dimension sets. */
export const DEFAULT_CONNECT_OPTIONS: ConnectOptions = { dimensionSets: [] };

/**
 * Adds a relation with a caller-given id (see {@link nextRelationId}) between two actors on the
 * map. Several relations between one pair are allowed (both directions, a strength and a rating).
 *
 * @throws MapEditError `RELCAP_EDIT_DUPLICATE_ID`, `RELCAP_EDIT_UNKNOWN_ACTOR` at
 *   `relations[n].source` / `.target`, `RELCAP_EDIT_SELF_LOOP` for a strength relation from an
 *   actor to itself, or another of the validator's problems as `RELCAP_EDIT_*`.
 * @example
 * ```ts
 * connect(map, { id: nextRelationId(map), source: 'l', target: 'p', directed: false, kind: 'strength', strength: 'weak' });
 * ```
 */
export function connect(map: NetworkMap, relation: Relation, options: Partial<ConnectOptions> = {}): NetworkMap {
  const sets = options.dimensionSets ?? DEFAULT_CONNECT_OPTIONS.dimensionSets;
  const path = `relations[${map.relations.length}]`;
  const read = readOrThrow('connect', (sink) => readRelation(sink, relation, path, sets));
  const taken = map.relations.findIndex((r) => r.id === read.id);
  if (taken >= 0) {
    throw editError('connect', 'RELCAP_EDIT_DUPLICATE_ID', 'duplicate relation id', `${path}.id`, read.id, `a free id ("${read.id}" is already used by relations[${taken}]; nextRelationId gives one)`);
  }
  for (const end of ['source', 'target'] as const) {
    if (!map.actors.some((a) => a.id === read[end])) {
      throw editError('connect', 'RELCAP_EDIT_UNKNOWN_ACTOR', `the relation's ${end} is not an actor on the map`, `${path}.${end}`, read[end], 'the id of an actor on the map');
    }
  }
  return { ...map, relations: [...map.relations, read] };
}

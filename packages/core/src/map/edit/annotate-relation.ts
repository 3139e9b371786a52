import type { NetworkMap, Relation, RelationAction } from '../types';
import { optionalString } from '../validate/fields';
import { readAction } from '../validate/read-relation';
import { readOrThrow } from './edit-error';
import { relationIndex, replaceAt } from './find';

/** A note and an agreed action for a relation; absent stays as it is, `null` removes. */
export interface RelationAnnotation {
  readonly notes?: string | null;
  readonly action?: RelationAction | null;
}

/**
 * Sets or removes the note and the agreed action ("monthly call", who, when, done) of relation `id`.
 *
 * @throws MapEditError `RELCAP_EDIT_UNKNOWN_RELATION`, `RELCAP_EDIT_EMPTY_ACTION` for an action
 *   whose `what` is empty, or the validator's problem (`RELCAP_EDIT_BAD_TYPE` at `relations[0].action.done`).
 * @example
 * ```ts
 * annotateRelation(map, 'r4', { action: { what: 'Månedligt opkald', who: 'Lærer', when: '2026-05' } });
 * ```
 */
export function annotateRelation(map: NetworkMap, id: string, annotation: RelationAnnotation): NetworkMap {
  const i = relationIndex(map, id, 'annotateRelation');
  const path = `relations[${i}]`;
  const { notes: oldNotes, action: oldAction, ...rest } = map.relations[i]!;
  let notes = oldNotes;
  let action = oldAction;
  if (annotation.notes === null) notes = undefined;
  else if (annotation.notes !== undefined) {
    const text = annotation.notes;
    notes = readOrThrow('annotateRelation', (sink) => optionalString(sink, { notes: text }, 'notes', path));
  }
  if (annotation.action === null) action = undefined;
  else if (annotation.action !== undefined) {
    const raw = annotation.action;
    action = readOrThrow('annotateRelation', (sink) => readAction(sink, raw, `${path}.action`));
  }
  const next = { ...rest, ...(notes !== undefined ? { notes } : {}), ...(action !== undefined ? { action } : {}) } as Relation;
  return { ...map, relations: replaceAt(map.relations, i, next) };
}

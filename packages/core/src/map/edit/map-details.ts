import type { NetworkMap } from '../types';
import { editError } from './edit-error';

/**
 * Gives the map a new title (a pseudonym, never a child's real name in a shared file).
 *
 * @throws MapEditError `RELCAP_EDIT_BAD_TYPE` when the title is not text.
 * @example
 * ```ts
 * renameMap(map, 'Barn A, netværk').title; // 'Barn A, netværk'
 * ```
 */
export function renameMap(map: NetworkMap, title: string): NetworkMap {
  if (typeof title !== 'string') throw editError('renameMap', 'RELCAP_EDIT_BAD_TYPE', '"title" must be text', 'title', String(title), 'a string');
  return { ...map, title };
}

/**
 * Labels the round of the map (the same map redrawn months later, e.g. `2026-03`); `null` removes it.
 *
 * @throws MapEditError `RELCAP_EDIT_BAD_TYPE` when the round is neither text nor null.
 * @example
 * ```ts
 * setRound(map, '2026-09').round; // '2026-09'
 * ```
 */
export function setRound(map: NetworkMap, round: string | null): NetworkMap {
  if (round === null) {
    const { round: _, ...rest } = map;
    return rest;
  }
  if (typeof round !== 'string') throw editError('setRound', 'RELCAP_EDIT_BAD_TYPE', '"round" must be text', 'round', String(round), 'a string, or null to remove the round');
  // Keep the documented key order: schemaVersion, title, type, round, ...
  const { schemaVersion, title, type, round: _, ...tail } = map;
  return { schemaVersion, title, type, round, ...tail };
}

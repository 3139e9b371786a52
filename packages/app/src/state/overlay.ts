import { compareMaps, type MapComparison, type NetworkMap, type Relation } from '@relcap/core';

/** Colours of the two rounds in the overlay (distinct in greyscale too: dark blue, orange). */
export const ROUND_COLOURS = { before: '#1f4e9c', after: '#d9730d' } as const;

/** Prefixes of the overlay's relation ids: which round a drawn relation comes from. */
export const ROUND_PREFIX = { before: 'før-', after: 'efter-' } as const;

/**
 * One map that holds both rounds for the overlay: every actor of either round (the later
 * round's place wins), the earlier round's relations with ids `før-…` and the later one's with
 * `efter-…`, so each can be drawn in its round's colour; plus core's `compareMaps`.
 *
 * @example
 * ```ts
 * const { map, comparison } = overlayRounds(spring, autumn);
 * ```
 */
export function overlayRounds(before: NetworkMap, after: NetworkMap): { map: NetworkMap; comparison: MapComparison } {
  const ids = new Set(after.actors.map((a) => a.id));
  const actors = [...after.actors, ...before.actors.filter((a) => !ids.has(a.id))];
  const tag = (rs: readonly Relation[], prefix: string): Relation[] => rs.map((r) => ({ ...r, id: `${prefix}${r.id}` }));
  const map: NetworkMap = {
    ...after,
    title: `${before.round ?? before.title} → ${after.round ?? after.title}`,
    actors,
    relations: [...tag(before.relations, ROUND_PREFIX.before), ...tag(after.relations, ROUND_PREFIX.after)],
  };
  return { map, comparison: compareMaps(before, after) };
}

import type { NetworkMap } from '../types';

const MAX_STEM = 40;

/**
 * A free actor id made from `base` (a label or profession): trimmed, lower case, spaces as `-`,
 * at most 40 characters; `base` itself when free, else `base-2`, `base-3`, ... Danish letters are
 * kept. Bounded: at most `actors.length + 1` candidates are tried.
 *
 * @example
 * ```ts
 * nextActorId(map, 'Lærer'); // 'lærer', or 'lærer-2' when 'lærer' is taken
 * ```
 */
export function nextActorId(map: NetworkMap, base = 'actor'): string {
  const slug = Array.from(base.trim().toLowerCase().replace(/\s+/g, '-')).slice(0, MAX_STEM).join('');
  const stem = slug === '' ? 'actor' : slug;
  const used = new Set(map.actors.map((a) => a.id));
  if (!used.has(stem)) return stem;
  // Of used.size + 1 candidates at least one is free (pigeonhole).
  for (let n = 2; n <= used.size + 2; n++) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
  throw new Error('nextActorId: internal error, no free id among used.size + 1 candidates');
}

/**
 * A free relation id `r<n>`, starting at the number of relations plus one. Bounded: at most
 * `relations.length + 1` candidates are tried.
 *
 * @example
 * ```ts
 * nextRelationId({ ...map, relations: [] }); // 'r1'
 * ```
 */
export function nextRelationId(map: NetworkMap): string {
  const used = new Set(map.relations.map((r) => r.id));
  for (let n = map.relations.length + 1; n <= map.relations.length + used.size + 1; n++) {
    const id = `r${n}`;
    if (!used.has(id)) return id;
  }
  throw new Error('nextRelationId: internal error, no free id among relations.length + 1 candidates');
}

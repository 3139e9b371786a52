import { PROFESSIONS, type Profession } from '@relcap/core';

/** At most this many matches are returned. */
export const MAX_PROFESSION_MATCHES = 8;

const norm = (s: string): string => s.normalize('NFC').toLowerCase().trim();

/**
 * Professions of core's catalogue matching `query` in Danish or English (search as you type):
 * names that start with the query first, then names containing it; catalogue order within each.
 * The child is left out (a map has one, made with the map). Bounded: at most
 * {@link MAX_PROFESSION_MATCHES} results from the fixed catalogue.
 *
 * @example
 * ```ts
 * searchProfessions('teach')[0].key; // 'lærer'
 * ```
 */
export function searchProfessions(query: string): Profession[] {
  const q = norm(query);
  if (q === '') return [];
  const names = (p: Profession): string[] => [norm(p.labels.da), norm(p.labels.en), norm(p.key)];
  const pool = PROFESSIONS.filter((p) => p.kind !== 'child');
  const starts = pool.filter((p) => names(p).some((n) => n.startsWith(q) || n.split(/[\s-]+/).some((w) => w.startsWith(q))));
  const contains = pool.filter((p) => !starts.includes(p) && names(p).some((n) => n.includes(q)));
  return [...starts, ...contains].slice(0, MAX_PROFESSION_MATCHES);
}

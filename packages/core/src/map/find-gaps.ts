import type { NetworkMap } from './types';

/** An unordered pair of actors with no relation on the map; `a` comes before `b` in `actors`. */
export interface MapGap {
  readonly a: string;
  readonly b: string;
}

/**
 * Every unordered pair of professionals (actors of kind `professional`; not organisations,
 * family or the child) with no relation at all between them, in either direction and of any
 * kind: a `missing` relation is already drawn, so it is not a gap here. Pairs follow actor order.
 *
 * @example
 * ```ts
 * findGaps(map); // [{ a: 'sundhedsplejerske', b: 'skoleleder' }, ...]
 * ```
 */
export function findGaps(map: NetworkMap): MapGap[] {
  const linked = new Set<string>();
  for (const r of map.relations) {
    linked.add(`${r.source}\u0000${r.target}`);
    linked.add(`${r.target}\u0000${r.source}`);
  }
  const pros = map.actors.filter((a) => a.kind === 'professional');
  const gaps: MapGap[] = [];
  for (let i = 0; i < pros.length; i++) {
    for (let j = i + 1; j < pros.length; j++) {
      const a = pros[i]!.id;
      const b = pros[j]!.id;
      if (!linked.has(`${a}\u0000${b}`)) gaps.push({ a, b });
    }
  }
  return gaps;
}

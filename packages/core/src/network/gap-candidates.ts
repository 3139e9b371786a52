import { type RelationBand, relationBand } from '../map/relation-band';
import type { NetworkMap } from '../map/types';
import type { GapKind } from './gap-reason';
import type { MapGraphOptions } from './map-to-graph';

/** A pair of professionals that could be closed, before ranking. */
export interface GapCandidate {
  /** Actor ids, `a` before `b` in map order. */
  readonly a: string;
  readonly b: string;
  readonly kind: GapKind;
  readonly relationIds: readonly string[];
}

/** The (frozen, shared) relation list of every `none` candidate. */
const NO_RELATIONS: readonly string[] = Object.freeze([]);

/**
 * Work units `gapCandidates` spends on a map with `p` professionals and `r` relations: one per
 * unordered pair of professionals (the pairs with no relation are found by visiting them all)
 * plus one per relation.
 *
 * @example
 * ```ts
 * gapCandidatesCost(4, 3); // 6 + 3
 * ```
 */
export function gapCandidatesCost(p: number, r: number): number {
  return (p * (p - 1)) / 2 + r;
}

/**
 * The candidates of `rankGaps`, one per unordered pair of professionals (actors of kind
 * `professional`): `missing` when every relation of the pair is marked missing, `weak` when the
 * best is weak (only weak and missing ones), `none` when there is no relation at all in either
 * direction (as `findGaps`). Relation pairs come in the order of their first relation, then the
 * `none` pairs in map order. O(p² + r) time; pairs are looked up by number, not by string.
 *
 * @example
 * ```ts
 * gapCandidates(map, DEFAULT_BANDS); // [{ a: 'p3', b: 'p4', kind: 'missing', relationIds: ['r3'] }, ...]
 * ```
 */
export function gapCandidates(map: NetworkMap, bands: MapGraphOptions['bands']): GapCandidate[] {
  const pros = map.actors.filter((a) => a.kind === 'professional');
  const p = pros.length;
  const index = new Map(pros.map((a, i) => [a.id, i]));
  const pairs = new Map<number, { a: string; b: string; ids: string[]; bands: RelationBand[] }>();
  const linked = new Set<number>();
  const all = new Map(map.actors.map((a, i) => [a.id, i]));
  const total = map.actors.length;
  for (const r of map.relations) {
    const s = all.get(r.source);
    const t = all.get(r.target);
    if (s !== undefined && t !== undefined) linked.add(Math.min(s, t) * total + Math.max(s, t));
    const i = index.get(r.source);
    const j = index.get(r.target);
    if (i === undefined || j === undefined || i === j) continue;
    const [a, b] = i < j ? [r.source, r.target] : [r.target, r.source];
    const key = Math.min(i, j) * p + Math.max(i, j);
    const entry = pairs.get(key) ?? { a, b, ids: [], bands: [] };
    entry.ids.push(r.id);
    entry.bands.push(relationBand(r, bands));
    pairs.set(key, entry);
  }
  const out: GapCandidate[] = [];
  for (const e of pairs.values()) {
    if (e.bands.every((b) => b === 'missing')) out.push({ a: e.a, b: e.b, kind: 'missing', relationIds: e.ids });
    else if (e.bands.every((b) => b === 'missing' || b === 'weak')) out.push({ a: e.a, b: e.b, kind: 'weak', relationIds: e.ids });
  }
  const at = pros.map((a) => all.get(a.id)!);
  for (let i = 0; i < p; i++) {
    for (let j = i + 1; j < p; j++) {
      const x = at[i]!;
      const y = at[j]!;
      if (!linked.has(Math.min(x, y) * total + Math.max(x, y))) out.push({ a: pros[i]!.id, b: pros[j]!.id, kind: 'none', relationIds: NO_RELATIONS });
    }
  }
  return out;
}

import { type BandThresholds, DEFAULT_BANDS } from '../scoring/bands';
import { type RelationBand, relationBand, relationScore } from './relation-band';
import type { NetworkMap, Relation } from './types';

/**
 * How one relation changed between two rounds of a map: it `appeared` or `vanished`, got
 * `stronger` or `weaker`, `changed` to or from a band that is not on the strength scale
 * (`stressful`, `unknown`), or stayed `unchanged`.
 */
export type RelationChangeKind = 'appeared' | 'vanished' | 'stronger' | 'weaker' | 'changed' | 'unchanged';

/** One relation (matched by its actors and direction) in two rounds. */
export interface RelationChange {
  /** Actor ids; for a mutual relation `source` is the one that sorts first. */
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  /** Band in each round ({@link relationBand}); `null` when the round has no such relation. */
  readonly before: RelationBand | null;
  readonly after: RelationBand | null;
  /** RC score of a rated relation ({@link relationScore}), else `null`. */
  readonly scoreBefore: number | null;
  readonly scoreAfter: number | null;
  /** `scoreAfter - scoreBefore` when both rounds have a score, else `null`. */
  readonly scoreChange: number | null;
  readonly change: RelationChangeKind;
}

/** The result of {@link compareMaps}: plain JSON data. */
export interface MapComparison {
  /** Actor ids only in the later map, in its order. */
  readonly actorsAdded: readonly string[];
  /** Actor ids only in the earlier map, in its order. */
  readonly actorsRemoved: readonly string[];
  /** Every relation of either map: the earlier map's order, then relations new in the later one. */
  readonly relations: readonly RelationChange[];
  /** Number of relations per kind of change. */
  readonly counts: Readonly<Record<RelationChangeKind, number>>;
}

/** Options of {@link compareMaps}. */
export interface CompareMapsOptions {
  /** Band thresholds for rated relations, default 3.5 / 4.0. */
  readonly bands: BandThresholds;
}

export const DEFAULT_COMPARE_MAPS_OPTIONS: CompareMapsOptions = { bands: DEFAULT_BANDS };

// Rank on the strength scale; stressful and unknown are not on it.
const RANK: Partial<Record<RelationBand, number>> = { missing: 0, weak: 1, moderate: 2, strong: 3 };

const keyOf = (r: Relation): string =>
  r.directed ? `${r.source}\u0000${r.target}\u0000>` : `${[r.source, r.target].sort().join('\u0000')}\u0000-`;

function changeKind(before: RelationBand | null, after: RelationBand | null, scoreChange: number | null): RelationChangeKind {
  if (before === null) return 'appeared';
  if (after === null) return 'vanished';
  if (scoreChange !== null) return scoreChange > 0 ? 'stronger' : scoreChange < 0 ? 'weaker' : 'unchanged';
  if (before === after) return 'unchanged';
  const b = RANK[before];
  const a = RANK[after];
  if (a === undefined || b === undefined) return 'changed';
  return a > b ? 'stronger' : 'weaker';
}

/**
 * Compares two rounds of the same map (docs/map-format.md, "Over time": the same map redrawn
 * after months). Actors are matched by `id`; relations by their two actors and direction (a
 * directed relation A -> B, or a mutual relation between A and B in either order), so relation
 * ids may differ between rounds. When a round has several relations with the same key, the
 * first one counts. A rated relation in both rounds is compared by its RC score, anything
 * else by its band on the scale missing < weak < moderate < strong.
 *
 * @example
 * ```ts
 * const cmp = compareMaps(spring, autumn);
 * cmp.relations.filter((r) => r.change === 'stronger').map((r) => `${r.source}-${r.target}`);
 * ```
 */
export function compareMaps(before: NetworkMap, after: NetworkMap, options: Partial<CompareMapsOptions> = {}): MapComparison {
  const { bands } = { ...DEFAULT_COMPARE_MAPS_OPTIONS, ...options };
  const beforeIds = new Set(before.actors.map((a) => a.id));
  const afterIds = new Set(after.actors.map((a) => a.id));
  const firstByKey = (map: NetworkMap): Map<string, Relation> => {
    const m = new Map<string, Relation>();
    for (const r of map.relations) if (!m.has(keyOf(r))) m.set(keyOf(r), r);
    return m;
  };
  const b = firstByKey(before);
  const a = firstByKey(after);
  const keys = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const counts: Record<RelationChangeKind, number> = { appeared: 0, vanished: 0, stronger: 0, weaker: 0, changed: 0, unchanged: 0 };
  const relations = keys.map((key): RelationChange => {
    const rb = b.get(key);
    const ra = a.get(key);
    const some = (rb ?? ra)!;
    const [source, target] = some.directed || some.source <= some.target ? [some.source, some.target] : [some.target, some.source];
    const scoreBefore = rb === undefined ? null : (relationScore(rb) ?? null);
    const scoreAfter = ra === undefined ? null : (relationScore(ra) ?? null);
    const scoreChange = scoreBefore !== null && scoreAfter !== null ? scoreAfter - scoreBefore : null;
    const bandBefore = rb === undefined ? null : relationBand(rb, bands);
    const bandAfter = ra === undefined ? null : relationBand(ra, bands);
    const change = changeKind(bandBefore, bandAfter, scoreChange);
    counts[change]++;
    return { source, target, directed: some.directed, before: bandBefore, after: bandAfter, scoreBefore, scoreAfter, scoreChange, change };
  });
  return {
    actorsAdded: after.actors.filter((x) => !beforeIds.has(x.id)).map((x) => x.id),
    actorsRemoved: before.actors.filter((x) => !afterIds.has(x.id)).map((x) => x.id),
    relations,
    counts,
  };
}

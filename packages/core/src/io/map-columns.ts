import { BUILTIN_DIMENSION_SETS } from '../dimensions/registry';
import { actorSector } from '../map/actor-sector';
import { relationBand } from '../map/relation-band';
import { V1_RING_GAP, xyFromPolar } from '../map/position';
import type { Actor, NetworkMap, Relation } from '../map/types';
import { relationWeight } from '../network/tie-weight';

/** Type of an exported attribute; GraphML names (GEXF writes `integer` for `int`). */
export type ColumnType = 'string' | 'boolean' | 'int' | 'double';

/** One attribute value; `undefined` = absent (no element, empty cell). */
export type Cell = string | number | boolean | undefined;

/** An attribute every interchange format writes, with how to read it from the map. */
export interface Column<T> {
  readonly name: string;
  readonly type: ColumnType;
  readonly get: (x: T) => Cell;
  /** Computed from other fields (written for the other tool, ignored when read back). */
  readonly derived?: boolean;
}

/** Map-level attributes (GraphML graph data, GEXF meta). */
export const GRAPH_COLUMNS: readonly Column<NetworkMap>[] = [
  { name: 'schemaVersion', type: 'int', get: (m) => m.schemaVersion },
  { name: 'title', type: 'string', get: (m) => m.title },
  { name: 'type', type: 'string', get: (m) => m.type },
  { name: 'round', type: 'string', get: (m) => m.round },
  { name: 'createdAt', type: 'string', get: (m) => m.createdAt },
  { name: 'description', type: 'string', get: (m) => m.description },
];

/**
 * Actor attributes besides id and label. `angle`, `distance` and `pinned` are the saved position;
 * `x` and `y` are derived from it in scene units at the version 1 ring gap (150), for tools that
 * place nodes by x,y (Gephi, yEd), and read only when a document has no angle and distance.
 * `ring` is the derived sector (`actorSector`).
 */
export const ACTOR_COLUMNS: readonly Column<Actor>[] = [
  { name: 'kind', type: 'string', get: (a) => a.kind },
  { name: 'profession', type: 'string', get: (a) => a.profession },
  { name: 'organisation', type: 'string', get: (a) => a.organisation },
  { name: 'sector', type: 'string', get: (a) => a.sector },
  { name: 'authority', type: 'boolean', get: (a) => a.authority },
  { name: 'anchoring', type: 'string', get: (a) => a.anchoring },
  { name: 'coordinator', type: 'boolean', get: (a) => a.coordinator },
  { name: 'notes', type: 'string', get: (a) => a.notes },
  { name: 'angle', type: 'double', get: (a) => a.position?.angle },
  { name: 'distance', type: 'double', get: (a) => a.position?.distance },
  { name: 'pinned', type: 'boolean', get: (a) => a.position?.pinned },
  { name: 'x', type: 'double', get: (a) => (a.position === undefined ? undefined : xyFromPolar(a.position, V1_RING_GAP).x), derived: true },
  { name: 'y', type: 'double', get: (a) => (a.position === undefined ? undefined : xyFromPolar(a.position, V1_RING_GAP).y), derived: true },
  { name: 'ring', type: 'string', get: (a) => actorSector(a), derived: true },
];

/** Relation attributes besides id, source and target; `band` and `weight` are derived. */
export const RELATION_COLUMNS: readonly Column<Relation>[] = [
  { name: 'directed', type: 'boolean', get: (r) => r.directed },
  { name: 'kind', type: 'string', get: (r) => r.kind },
  { name: 'strength', type: 'string', get: (r) => (r.kind === 'strength' ? r.strength : undefined) },
  { name: 'notes', type: 'string', get: (r) => r.notes },
  { name: 'action', type: 'string', get: (r) => r.action?.what },
  { name: 'action_who', type: 'string', get: (r) => r.action?.who },
  { name: 'action_when', type: 'string', get: (r) => r.action?.when },
  { name: 'action_done', type: 'boolean', get: (r) => r.action?.done },
  { name: 'rc', type: 'double', get: (r) => (r.kind === 'rated' ? r.rc : undefined) },
  { name: 'n', type: 'int', get: (r) => (r.kind === 'rated' ? r.n : undefined) },
  { name: 'suppressed', type: 'boolean', get: (r) => (r.kind === 'rated' ? r.suppressed : undefined) },
  { name: 'dimensionSet', type: 'string', get: (r) => (r.kind === 'rated' ? r.dimensionSet : undefined) },
  { name: 'band', type: 'string', get: (r) => relationBand(r), derived: true },
  { name: 'weight', type: 'double', get: (r) => relationWeight(r) ?? 0, derived: true },
];

/** Prefix of the per-dimension rating attributes (`rating_frequency`). */
export const RATING_PREFIX = 'rating_';

/**
 * The rating keys used by a map's rated relations, in dimension-set order for the shipped sets
 * (frequency, timeliness, ... for relational coordination), then any others alphabetically.
 */
export function ratingKeys(map: NetworkMap): string[] {
  const used = new Set<string>();
  for (const r of map.relations) if (r.kind === 'rated') for (const k of Object.keys(r.ratings)) used.add(k);
  const known = BUILTIN_DIMENSION_SETS.flatMap((s) => s.dimensions.map((d) => d.key)).filter((k) => used.has(k));
  const ordered = [...new Set(known)];
  const rest = [...used].filter((k) => !ordered.includes(k)).sort();
  return [...ordered, ...rest];
}

/** Rating columns for `keys`. */
export function ratingColumns(keys: readonly string[]): Column<Relation>[] {
  return keys.map((k) => ({
    name: `${RATING_PREFIX}${k}`,
    type: 'double' as const,
    get: (r: Relation) => (r.kind === 'rated' ? r.ratings[k] : undefined),
  }));
}

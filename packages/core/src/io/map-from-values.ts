import type { Cell } from './map-columns';
import { RATING_PREFIX } from './map-columns';

/** Defaults for documents that were not written by relcap. */
export interface ImportDefaults {
  /** Actor kind when a node has no `kind` attribute. */
  readonly actorKind: 'child' | 'family' | 'professional' | 'organisation';
  /** Strength of an edge with neither `kind`, `strength` nor ratings: an ordinary drawn line. */
  readonly strength: 'strong' | 'weak' | 'missing' | 'stressful';
  /** Map title when the document has none. */
  readonly title: string;
}

export const DEFAULT_IMPORT_DEFAULTS: ImportDefaults = { actorKind: 'professional', strength: 'strong', title: 'Imported map' };

/** Builds a raw actor (validated later by `validateMap`) from attribute values. */
export function actorFromValues(id: string, label: string | undefined, v: Readonly<Record<string, Cell>>, d: ImportDefaults): Record<string, unknown> {
  const a: Record<string, unknown> = { id, label: label ?? id, kind: v.kind ?? d.actorKind };
  for (const k of ['profession', 'organisation', 'sector', 'authority', 'anchoring', 'coordinator', 'notes']) {
    if (v[k] !== undefined) a[k] = v[k];
  }
  if (v.x !== undefined || v.y !== undefined) {
    a.position = { x: v.x, y: v.y, ...(v.pinned !== undefined ? { pinned: v.pinned } : {}) };
  }
  return a;
}

/** Builds a raw relation from attribute values; ratings come from the `rating_*` attributes. */
export function relationFromValues(
  id: string,
  source: string,
  target: string,
  directed: boolean,
  v: Readonly<Record<string, Cell>>,
  d: ImportDefaults,
): Record<string, unknown> {
  const ratings: Record<string, Cell> = {};
  for (const [k, value] of Object.entries(v)) {
    if (k.startsWith(RATING_PREFIX) && value !== undefined) ratings[k.slice(RATING_PREFIX.length)] = value;
  }
  const rated = v.kind === 'rated' || (v.kind === undefined && (Object.keys(ratings).length > 0 || v.rc !== undefined));
  const r: Record<string, unknown> = { id, source, target, directed: v.directed ?? directed };
  if (v.kind !== undefined && v.kind !== 'rated' && v.kind !== 'strength') r.kind = v.kind;
  else r.kind = rated ? 'rated' : 'strength';
  if (v.notes !== undefined) r.notes = v.notes;
  if (r.kind === 'strength') {
    r.strength = v.strength ?? d.strength;
    return r;
  }
  r.ratings = ratings;
  for (const k of ['rc', 'n', 'suppressed', 'dimensionSet']) if (v[k] !== undefined) r[k] = v[k];
  return r;
}

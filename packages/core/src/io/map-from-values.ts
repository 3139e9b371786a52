import { polarFromXY, V1_RING_GAP } from '../map/position';
import { MAP_SCHEMA_VERSION } from '../map/types';
import { SUPPORTED_MAP_VERSIONS } from '../map/validate/read-map';
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
  const pinned = v.pinned !== undefined ? { pinned: v.pinned } : {};
  if (v.angle !== undefined || v.distance !== undefined) {
    a.position = { angle: v.angle, distance: v.distance, ...pinned };
  } else if (typeof v.x === 'number' && typeof v.y === 'number' && Number.isFinite(v.x) && Number.isFinite(v.y)) {
    a.position = { ...polarFromXY(v.x, v.y, V1_RING_GAP), ...pinned };
  } else if (v.x !== undefined || v.y !== undefined) {
    // Half a position: passed on as it is, so the validator refuses it.
    a.position = { x: v.x, y: v.y, ...pinned };
  }
  return a;
}

/**
 * The format version an imported document is validated as: a supported version (1 or 2) becomes
 * the current one, since the importers already turn x,y into angle and distance (with the
 * version 1 ring gap); an unsupported value is passed on so that the validator refuses it.
 */
export function importedVersion(declared: unknown): unknown {
  if (declared === undefined) return MAP_SCHEMA_VERSION;
  return typeof declared === 'number' && SUPPORTED_MAP_VERSIONS.includes(declared) ? MAP_SCHEMA_VERSION : declared;
}

/** An agreed action from the `action*` attribute values, or `undefined` when there is none. */
function actionFromValues(v: Readonly<Record<string, Cell>>): Record<string, Cell> | undefined {
  if (v.action === undefined && v.action_who === undefined && v.action_when === undefined && v.action_done === undefined) return undefined;
  const out: Record<string, Cell> = { what: v.action };
  if (v.action_who !== undefined) out.who = v.action_who;
  if (v.action_when !== undefined) out.when = v.action_when;
  if (v.action_done !== undefined) out.done = v.action_done;
  return out;
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
  const action = actionFromValues(v);
  if (action !== undefined) r.action = action;
  if (r.kind === 'strength') {
    r.strength = v.strength ?? d.strength;
    return r;
  }
  r.ratings = ratings;
  for (const k of ['rc', 'n', 'suppressed', 'dimensionSet']) if (v[k] !== undefined) r[k] = v[k];
  return r;
}

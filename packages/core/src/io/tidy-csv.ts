import { BUILTIN_DIMENSION_SETS } from '../dimensions/registry';
import type { DimensionSet } from '../dimensions/types';
import { relationBand } from '../map/relation-band';
import type { NetworkMap, Relation } from '../map/types';
import { DEFAULT_RELATION_DIMENSION_SET } from '../map/validate/read-relation';
import { relationWeight } from '../network/tie-weight';
import { toCsv } from './csv-safe';

/** Header of {@link toTidyCsv}. */
export const TIDY_HEADER = [
  'map_title',
  'map_round',
  'map_type',
  'relation_id',
  'source',
  'source_label',
  'target',
  'target_label',
  'directed',
  'relation_kind',
  'strength',
  'band',
  'weight',
  'rc',
  'n',
  'suppressed',
  'dimension_set',
  'action',
  'action_who',
  'action_when',
  'action_done',
  'dimension',
  'value',
] as const;

/**
 * A long ("tidy") CSV for R: one row per relation and dimension. A rated relation gets one row
 * per dimension of its dimension set, `value` empty (NA in R) where the dimension has no mean,
 * so every tie has the same rows; a strength relation gets one row with empty `dimension` and
 * `value`. `weight` is 0 for a missing relation; `map_type` is the map's type and `action*` the
 * relation's agreed action (empty when none). Decimal point `.`, comma separator, CRLF line
 * ends, every cell through `csvSafeCell`. Read with `read.csv(f, encoding = "UTF-8")` or
 * `readr::read_csv(f)`.
 *
 * @example
 * ```ts
 * writeFileSync('ties-long.csv', toTidyCsv(map));
 * // R: d <- readr::read_csv('ties-long.csv'); aggregate(value ~ dimension, d, mean)
 * ```
 */
export function toTidyCsv(map: NetworkMap, options: { dimensionSets?: readonly DimensionSet[] } = {}): string {
  const sets = [...(options.dimensionSets ?? []), ...BUILTIN_DIMENSION_SETS];
  const label = new Map(map.actors.map((a) => [a.id, a.label]));
  const rows: (string | number | boolean | undefined)[][] = [];
  for (const r of map.relations) {
    const head = [
      map.title,
      map.round,
      map.type,
      r.id,
      r.source,
      label.get(r.source),
      r.target,
      label.get(r.target),
      r.directed,
      r.kind,
      r.kind === 'strength' ? r.strength : undefined,
      relationBand(r),
      relationWeight(r) ?? 0,
      r.kind === 'rated' ? r.rc : undefined,
      r.kind === 'rated' ? r.n : undefined,
      r.kind === 'rated' ? r.suppressed : undefined,
      r.kind === 'rated' ? (r.dimensionSet ?? DEFAULT_RELATION_DIMENSION_SET) : undefined,
      r.action?.what,
      r.action?.who,
      r.action?.when,
      r.action?.done,
    ];
    const dims = dimensionsOf(r, sets);
    if (dims.length === 0) rows.push([...head, undefined, undefined]);
    for (const k of dims) rows.push([...head, k, r.kind === 'rated' ? r.ratings[k] : undefined]);
  }
  return toCsv([[...TIDY_HEADER], ...rows]);
}

function dimensionsOf(r: Relation, sets: readonly DimensionSet[]): string[] {
  if (r.kind !== 'rated') return [];
  const set = sets.find((s) => s.key === (r.dimensionSet ?? DEFAULT_RELATION_DIMENSION_SET));
  const keys = set?.dimensions.map((d) => d.key) ?? [];
  return [...keys, ...Object.keys(r.ratings).filter((k) => !keys.includes(k))];
}

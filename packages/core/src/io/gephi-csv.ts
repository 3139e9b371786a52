import { actorSector } from '../map/actor-sector';
import { relationBand } from '../map/relation-band';
import type { NetworkMap, Relation } from '../map/types';
import { relationWeight } from '../network/tie-weight';
import { toCsv } from './csv-safe';
import { ratingKeys } from './map-columns';

/** Rated-relation cells shared by the CSV exporters: rc, n, suppressed, dimension set. */
export function ratedCells(r: Relation): (string | number | boolean | undefined)[] {
  return r.kind === 'rated' ? [r.rc, r.n, r.suppressed, r.dimensionSet] : [undefined, undefined, undefined, undefined];
}

/**
 * Gephi edges table (Data Laboratory > Import Spreadsheet, as an edges table): `Source`,
 * `Target` (actor ids), `Type` (`Directed` / `Undirected`), `Id`, `Label`, `Weight` (tie weight;
 * 0 for a missing relation, which stays in the table so the gap is visible: filter on `Band`),
 * then `Kind`, `Strength`, `Band`, `RC`, `N`, `Suppressed`, `DimensionSet`, `Notes` and one
 * column per rated dimension. Every cell passes through `csvSafeCell`.
 *
 * @example
 * ```ts
 * writeFileSync('edges.csv', toGephiEdgesCsv(map));
 * ```
 */
export function toGephiEdgesCsv(map: NetworkMap): string {
  const dims = ratingKeys(map);
  const header = ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'Kind', 'Strength', 'Band', 'RC', 'N', 'Suppressed', 'DimensionSet', 'Notes', ...dims];
  const rows = map.relations.map((r) => [
    r.source,
    r.target,
    r.directed ? 'Directed' : 'Undirected',
    r.id,
    relationBand(r),
    relationWeight(r) ?? 0,
    r.kind,
    r.kind === 'strength' ? r.strength : undefined,
    relationBand(r),
    ...ratedCells(r),
    r.notes,
    ...dims.map((k) => (r.kind === 'rated' ? r.ratings[k] : undefined)),
  ]);
  return toCsv([header, ...rows]);
}

/**
 * Gephi nodes table: `Id`, `Label`, then `Kind`, `Profession`, `Organisation`, `Sector` (as
 * given), `Ring` (`actorSector`), `Authority`, `Anchoring`, `Coordinator`, `Notes`. Import it
 * before the edges table so that the labels are kept.
 *
 * @example
 * ```ts
 * writeFileSync('nodes.csv', toGephiNodesCsv(map));
 * ```
 */
export function toGephiNodesCsv(map: NetworkMap): string {
  const header = ['Id', 'Label', 'Kind', 'Profession', 'Organisation', 'Sector', 'Ring', 'Authority', 'Anchoring', 'Coordinator', 'Notes'];
  const rows = map.actors.map((a) => [
    a.id,
    a.label,
    a.kind,
    a.profession,
    a.organisation,
    a.sector,
    actorSector(a),
    a.authority,
    a.anchoring,
    a.coordinator,
    a.notes,
  ]);
  return toCsv([header, ...rows]);
}

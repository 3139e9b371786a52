import { actorSector } from '../map/actor-sector';
import { relationBand } from '../map/relation-band';
import type { NetworkMap } from '../map/types';
import { relationWeight } from '../network/tie-weight';
import { toCsv } from './csv-safe';
import { ratedCells } from './gephi-csv';
import { ratingKeys } from './map-columns';

/**
 * The node names {@link toPolinode} writes: the label, or `label (id)` when several actors share
 * that label, since Polinode matches edges to nodes by `Name`.
 *
 * @example
 * ```ts
 * polinodeNames(map).get('laerer'); // 'Lærer'
 * ```
 */
export function polinodeNames(map: NetworkMap): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of map.actors) count.set(a.label, (count.get(a.label) ?? 0) + 1);
  return new Map(map.actors.map((a) => [a.id, (count.get(a.label) ?? 0) > 1 ? `${a.label} (${a.id})` : a.label]));
}

/**
 * Polinode upload sheets as two CSV texts. Nodes: `Name` (see {@link polinodeNames}), `ID`,
 * `Kind`, `Profession`, `Organisation`, `Sector`, `Ring`, `Authority`, `Anchoring`,
 * `Coordinator`, `Notes`. Edges: `Source`, `Target` (node names), `Relation ID`, `Directed`,
 * `Weight`, `Band`, `Kind`, `Strength`, `RC`, `N`, `Suppressed`, `Dimension Set`, `Notes` and
 * one column per rated dimension. Every cell passes through `csvSafeCell`.
 *
 * @example
 * ```ts
 * const { nodes, edges } = toPolinode(map);
 * ```
 */
export function toPolinode(map: NetworkMap): { nodes: string; edges: string } {
  const names = polinodeNames(map);
  const nodes = map.actors.map((a) => [
    names.get(a.id),
    a.id,
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
  const dims = ratingKeys(map);
  const edges = map.relations.map((r) => [
    names.get(r.source),
    names.get(r.target),
    r.id,
    r.directed,
    relationWeight(r) ?? 0,
    relationBand(r),
    r.kind,
    r.kind === 'strength' ? r.strength : undefined,
    ...ratedCells(r),
    r.notes,
    ...dims.map((k) => (r.kind === 'rated' ? r.ratings[k] : undefined)),
  ]);
  return {
    nodes: toCsv([['Name', 'ID', 'Kind', 'Profession', 'Organisation', 'Sector', 'Ring', 'Authority', 'Anchoring', 'Coordinator', 'Notes'], ...nodes]),
    edges: toCsv([
      ['Source', 'Target', 'Relation ID', 'Directed', 'Weight', 'Band', 'Kind', 'Strength', 'RC', 'N', 'Suppressed', 'Dimension Set', 'Notes', ...dims],
      ...edges,
    ]),
  };
}

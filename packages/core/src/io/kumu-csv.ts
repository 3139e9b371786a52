import { actorSector } from '../map/actor-sector';
import { relationBand } from '../map/relation-band';
import type { NetworkMap } from '../map/types';
import { relationWeight } from '../network/tie-weight';
import { toCsv } from './csv-safe';
import { ratedCells } from './gephi-csv';
import { ratingKeys } from './map-columns';

/** Column headers of the Kumu elements sheet written by {@link toKumu}. */
export const KUMU_ELEMENT_HEADER = [
  'ID',
  'Label',
  'Type',
  'Description',
  'Profession',
  'Organisation',
  'Sector',
  'Ring',
  'Authority',
  'Anchoring',
  'Coordinator',
  'Position Angle',
  'Position Distance',
  'Pinned',
] as const;

/** Fixed column headers of the Kumu connections sheet (rated dimensions follow by key). */
export const KUMU_CONNECTION_HEADER = [
  'From',
  'To',
  'Type',
  'Direction',
  'Strength',
  'Description',
  'Relation ID',
  'Relation Kind',
  'RC',
  'N',
  'Suppressed',
  'Dimension Set',
  'Action',
  'Action Who',
  'Action When',
  'Action Done',
] as const;

/**
 * Kumu import sheets as two CSV texts. Elements: `ID` first (Kumu matches elements by ID, so two
 * actors may share a label), `Label`, `Type` (actor kind), `Description` (notes), then relcap's
 * fields. Connections: `From`, `To` (element IDs), `Type` (the band: strong, moderate, weak,
 * missing, stressful, unknown; decorate by it in Kumu), `Direction` (`directed` or
 * `undirected`), `Strength` (tie weight, 0 for missing), `Description` (notes), `Relation ID`,
 * `Relation Kind`, `RC`, `N`, `Suppressed`, `Dimension Set`, the agreed action (`Action`,
 * `Action Who`, `Action When`, `Action Done`) and one column per rated dimension. Positions are
 * `Position Angle` and `Position Distance` (ring-relative, as in the map format) and `Pinned`.
 * Connections carry no Kumu `ID` (Kumu needs IDs unique across elements and connections).
 * Every cell passes through `csvSafeCell`; {@link fromKumu} reads both sheets back.
 *
 * @example
 * ```ts
 * const { elements, connections } = toKumu(map);
 * writeFileSync('elements.csv', elements); writeFileSync('connections.csv', connections);
 * ```
 */
export function toKumu(map: NetworkMap): { elements: string; connections: string } {
  const elements = map.actors.map((a) => [
    a.id,
    a.label,
    a.kind,
    a.notes,
    a.profession,
    a.organisation,
    a.sector,
    actorSector(a),
    a.authority,
    a.anchoring,
    a.coordinator,
    a.position?.angle,
    a.position?.distance,
    a.position?.pinned,
  ]);
  const dims = ratingKeys(map);
  const connections = map.relations.map((r) => [
    r.source,
    r.target,
    relationBand(r),
    r.directed ? 'directed' : 'undirected',
    relationWeight(r) ?? 0,
    r.notes,
    r.id,
    r.kind,
    ...ratedCells(r),
    r.action?.what,
    r.action?.who,
    r.action?.when,
    r.action?.done,
    ...dims.map((k) => (r.kind === 'rated' ? r.ratings[k] : undefined)),
  ]);
  return {
    elements: toCsv([[...KUMU_ELEMENT_HEADER], ...elements]),
    connections: toCsv([[...KUMU_CONNECTION_HEADER, ...dims], ...connections]),
  };
}

import type { DimensionSet } from '../dimensions/types';
import type { MapValidationError } from '../errors/relcap-error';
import type { NetworkMap } from './types';
import { type MapMigrationNote, readMap } from './validate/read-map';

/** Options of {@link validateMap}, {@link parseMap} and {@link collectMapProblems}. */
export interface MapValidationOptions {
  /** File name as the user gave it; copied into every error's `location.file`. */
  readonly file?: string;
  /** User-defined dimension sets that rated relations may name in `dimensionSet`. */
  readonly dimensionSets?: readonly DimensionSet[];
}

/** Defaults of {@link MapValidationOptions}: no file name, only the shipped dimension sets. */
export const DEFAULT_MAP_VALIDATION_OPTIONS: MapValidationOptions = { dimensionSets: [] };

/**
 * Every problem of a parsed JSON document as a network map, in document order (fields first,
 * then duplicate ids, coordinators and references). An empty list means the document is valid.
 *
 * @example
 * ```ts
 * collectMapProblems({ schemaVersion: 1, title: 'x', type: 'child', actors: [], relations: [{}] })
 *   .map((p) => p.location.path); // ['relations[0].id', 'relations[0].source', ...]
 * ```
 */
export function collectMapProblems(data: unknown, options: Partial<MapValidationOptions> = {}): MapValidationError[] {
  return readMap(data, options.file, options.dimensionSets ?? []).problems;
}

/**
 * Validates a parsed JSON document against the map format (docs/map-format.md) and returns a
 * fresh, typed copy holding the known fields, in the current format version (a version 1
 * document is migrated: see {@link validateMapWithNotes}). Unknown fields are ignored (forward compatible)
 * and not copied. Throws the first problem as a `MapValidationError` whose `location.path`
 * names the field (`actors[3].kind`); use {@link collectMapProblems} to list them all.
 *
 * @example
 * ```ts
 * const map = validateMap(JSON.parse(text), { file: 'kort.json' });
 * map.actors.length; // 8
 * ```
 */
export function validateMap(data: unknown, options: Partial<MapValidationOptions> = {}): NetworkMap {
  return validateMapWithNotes(data, options).map;
}

/** A validated map and what reading it changed (a version 1 document migrated to the current version). */
export interface MapReadResult {
  readonly map: NetworkMap;
  /** Empty for a document in the current format version. */
  readonly notes: readonly MapMigrationNote[];
}

/**
 * {@link validateMap}, also returning the migration notes: a version 1 document (positions as
 * scene x,y) is read, its positions converted to angle and distance with the version 1 ring gap,
 * and one note says so.
 *
 * @example
 * ```ts
 * const { map, notes } = validateMapWithNotes(JSON.parse(text));
 * if (notes.length > 0) showNotice(notes[0].message);
 * ```
 */
export function validateMapWithNotes(data: unknown, options: Partial<MapValidationOptions> = {}): MapReadResult {
  const { map, problems, notes } = readMap(data, options.file, options.dimensionSets ?? []);
  const first = problems[0];
  if (first !== undefined) throw first;
  if (map === undefined) throw new Error('map: internal error, no map and no problem');
  return { map, notes };
}

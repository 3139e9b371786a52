import { findDimension } from '../dimensions/registry';
import { MappingError } from '../errors/relcap-error';
import type { LongField } from './header-aliases';
import type { ImportOptions } from './import-options';
import type { SurveyMapping } from './mapping-types';
import { jsonPath } from './parse-mapping';
import type { ValueReader } from './value-reader';

/** One answer column of a wide file. Internal. */
export interface WideColumn {
  readonly index: number;
  /** Header as written (trimmed): `Answer.source.column`. */
  readonly header: string;
  /** Canonical dimension key. */
  readonly dimension: string;
  readonly target: string;
  readonly reader: ValueReader;
}

const lower = (s: string): string => s.trim().toLowerCase();

const mappingError = (code: string, message: string, mapping: SurveyMapping, path: string, value: string, expected: string): MappingError =>
  new MappingError(code, `survey mapping: ${message}`, {
    ...(mapping.file === undefined ? {} : { file: mapping.file }),
    path,
    value,
    expected,
  });

/**
 * Indices of the respondent id and role columns of a wide file: the columns the mapping names
 * (a name not in the header is a `MappingError`), else those with a recognised header name.
 */
export function wideIdColumns(
  headers: readonly string[],
  fields: readonly (LongField | undefined)[],
  mapping: SurveyMapping | undefined,
): { respondentId: number[]; respondentRole: number[] } {
  const find = (field: 'respondentId' | 'respondentRole'): number[] => {
    const named = mapping?.[field];
    if (named === undefined) return fields.flatMap((f, i) => (f === field ? [i] : []));
    const i = headers.findIndex((h) => lower(h) === lower(named));
    if (i === -1) {
      throw mappingError('RELCAP_MAPPING_COLUMN_NOT_FOUND', `the file has no column "${named}"`, mapping!, field, named, `one of the header cells: ${headers.join(', ')}`);
    }
    return [i];
  };
  const out = { respondentId: find('respondentId'), respondentRole: find('respondentRole') };
  if (mapping !== undefined) {
    const present = new Set(headers.map(lower));
    for (const name of Object.keys(mapping.columns)) {
      if (!present.has(lower(name))) {
        throw mappingError('RELCAP_MAPPING_COLUMN_NOT_FOUND', `the file has no column "${name}"`, mapping, jsonPath('columns', name), name, 'a header cell of the file');
      }
    }
  }
  return out;
}

/** Whether a header has the wide answer-column form `<dimension>:<target role>`. Internal. */
export function isAnswerHeader(header: string, o: ImportOptions): boolean {
  const colon = header.indexOf(':');
  return colon > 0 && header.slice(colon + 1).trim() !== '' && findDimension(o.dimensionSet, header.slice(0, colon)) !== undefined;
}

/**
 * The answer column a header names: a mapped column, or `<dimension>:<target role>` with a
 * dimension key or alias of the chosen set. `undefined` when the header is neither.
 */
export function answerColumn(header: string, index: number, o: ImportOptions, readers: ReadonlyMap<string, ValueReader>): WideColumn | undefined {
  const mapped = o.mapping === undefined ? undefined : Object.entries(o.mapping.columns).find(([k]) => lower(k) === lower(header));
  if (mapped !== undefined) {
    const [name, spec] = mapped;
    const dim = findDimension(o.dimensionSet, spec.dimension);
    if (dim === undefined) {
      throw mappingError(
        'RELCAP_MAPPING_UNKNOWN_DIMENSION',
        `dimension "${spec.dimension}" is not in the dimension set "${o.dimensionSet.key}"`,
        o.mapping!,
        `${jsonPath('columns', name)}.dimension`,
        spec.dimension,
        `one of ${o.dimensionSet.dimensions.map((d) => d.key).join(', ')} (or a Danish alias)`,
      );
    }
    return { index, header, dimension: dim.key, target: spec.target, reader: readers.get(dim.key)! };
  }
  const colon = header.indexOf(':');
  if (colon <= 0) return undefined;
  const dim = findDimension(o.dimensionSet, header.slice(0, colon));
  const target = header.slice(colon + 1).trim();
  if (dim === undefined || target === '') return undefined;
  return { index, header, dimension: dim.key, target, reader: readers.get(dim.key)! };
}

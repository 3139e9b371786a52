import { type ErrorLocation, MappingError } from '../errors/relcap-error';
import type { MappedColumn, SurveyMapping } from './mapping-types';

const TOP_KEYS = new Set(['$schema', 'version', 'respondentId', 'respondentRole', 'columns', 'ignore']);
const COLUMN_KEYS = new Set(['dimension', 'target']);
/** Keys of the survey-tool mapping (a superset of this one, read by `parseToolMapping`). */
const TOOL_KEYS = new Set(['tool', 'sheet', 'skipRows', 'dimensionSet', 'roleValues', 'missingCodes', 'labelSet', 'labelSets']);
const IDENT = /^[A-Za-z_$][\w$]*$/;

/**
 * JSON path of a key under `base`: `columns.Q3_1` or `columns["Start time"]`. Internal.
 *
 * @example
 * ```ts
 * jsonPath('columns', 'Start time'); // 'columns["Start time"]'
 * ```
 */
export const jsonPath = (base: string, key: string): string =>
  IDENT.test(key) ? (base === '' ? key : `${base}.${key}`) : `${base}[${JSON.stringify(key)}]`;

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Parses and validates a mapping file (JSON, see {@link SurveyMapping}). Every problem is a
 * `MappingError` whose `location.path` is the JSON path (`columns.Q3_1.dimension`); a syntax
 * error carries the 1-based `line` instead. Dimension names are checked against the dimension
 * set later, when the mapping is applied to a file's header.
 *
 * @example
 * ```ts
 * const mapping = parseMapping('{"version":1,"columns":{"Q3_1":{"dimension":"shared_goals","target":"Lærer"}}}');
 * parseSurvey(csvText, { mapping });
 * ```
 */
export function parseMapping(text: string, file?: string): SurveyMapping {
  const at = (loc: ErrorLocation): ErrorLocation => (file === undefined ? loc : { file, ...loc });
  const fail = (code: string, message: string, loc: ErrorLocation): never => {
    throw new MappingError(code, `survey mapping: ${message}`, at(loc));
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    const offset = m?.[1] === undefined ? body.length : Math.min(Number(m[1]), body.length);
    const line = body.slice(0, offset).split('\n').length;
    return fail('RELCAP_MAPPING_BAD_JSON', `the mapping is not valid JSON (${message})`, {
      line,
      expected: 'valid JSON (check commas, quotes and brackets near this place)',
    });
  }
  const str = (v: unknown, path: string): string => {
    if (typeof v !== 'string') {
      return fail('RELCAP_MAPPING_BAD_TYPE', `${path} must be a string`, { path, value: typeName(v), expected: 'a string' });
    }
    if (v.trim() === '') return fail('RELCAP_MAPPING_BAD_TYPE', `${path} is empty`, { path, value: v, expected: 'a non-empty string' });
    return v;
  };
  const obj = (v: unknown, path: string): Record<string, unknown> => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      return fail('RELCAP_MAPPING_BAD_TYPE', `${path || 'the mapping'} must be an object`, {
        path: path || '$',
        value: typeName(v),
        expected: 'a JSON object',
      });
    }
    return v as Record<string, unknown>;
  };
  const onlyKeys = (o: Record<string, unknown>, keys: ReadonlySet<string>, path: string): void => {
    for (const k of Object.keys(o)) {
      if (!keys.has(k)) {
        fail('RELCAP_MAPPING_UNKNOWN_KEY', `unknown key "${k}"`, {
          path: jsonPath(path, k),
          value: k,
          expected: TOOL_KEYS.has(k)
            ? `one of ${[...keys].join(', ')}; "${k}" belongs to survey-tool mappings (read the export with the survey-tool importer, docs/tools/index.md)`
            : `one of ${[...keys].join(', ')}`,
        });
      }
    }
  };

  const root = obj(data, '');
  onlyKeys(root, TOP_KEYS, '');
  if (root.version !== 1) {
    fail('RELCAP_MAPPING_UNSUPPORTED_VERSION', 'unsupported mapping version', {
      path: 'version',
      value: JSON.stringify(root.version) ?? 'missing',
      expected: '1',
    });
  }
  const columns: Record<string, MappedColumn> = {};
  if (root.columns !== undefined) {
    const cols = obj(root.columns, 'columns');
    for (const [header, spec] of Object.entries(cols)) {
      const path = jsonPath('columns', header);
      if (header.trim() === '') fail('RELCAP_MAPPING_BAD_TYPE', 'a column name is empty', { path, expected: 'a column header' });
      const s = obj(spec, path);
      onlyKeys(s, COLUMN_KEYS, path);
      for (const k of COLUMN_KEYS) {
        if (s[k] === undefined) {
          fail('RELCAP_MAPPING_MISSING_FIELD', `${path} has no "${k}"`, { path: jsonPath(path, k), expected: `a ${k}` });
        }
      }
      columns[header] = { dimension: str(s.dimension, jsonPath(path, 'dimension')).trim(), target: str(s.target, jsonPath(path, 'target')).trim() };
    }
  }
  const ignore: string[] = [];
  if (root.ignore !== undefined) {
    if (!Array.isArray(root.ignore)) {
      fail('RELCAP_MAPPING_BAD_TYPE', 'ignore must be an array of column names', {
        path: 'ignore',
        value: typeName(root.ignore),
        expected: 'an array of strings',
      });
    }
    (root.ignore as unknown[]).forEach((v, i) => {
      ignore.push(str(v, `ignore[${i}]`));
    });
  }
  return {
    version: 1,
    ...(root.respondentId === undefined ? {} : { respondentId: str(root.respondentId, 'respondentId').trim() }),
    ...(root.respondentRole === undefined ? {} : { respondentRole: str(root.respondentRole, 'respondentRole').trim() }),
    columns,
    ignore,
    ...(file === undefined ? {} : { file }),
  };
}

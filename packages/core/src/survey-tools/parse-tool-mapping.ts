import { type ErrorLocation, MappingError } from '../errors/relcap-error';
import type { ToolMapping, ToolMappingColumn } from './tool-mapping';
import { TOOL_KEYS, type ToolKey } from './types';

const TOP_KEYS = [
  '$schema',
  'version',
  'tool',
  'sheet',
  'skipRows',
  'dimensionSet',
  'respondentId',
  'respondentRole',
  'roleValues',
  'missingCodes',
  'labelSet',
  'labelSets',
  'columns',
  'ignore',
];
const COLUMN_KEYS = ['dimension', 'target', 'labelSet', 'missingCodes'];
const IDENT = /^[A-Za-z_$][\w$]*$/;
const child = (base: string, key: string): string =>
  IDENT.test(key) ? (base === '' ? key : `${base}.${key}`) : `${base}[${JSON.stringify(key)}]`;
const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
type Json = Record<string, unknown>;

/** Validators bound to one file; each throws a `MappingError` located by JSON path. */
function checker(file: string | undefined) {
  const fail = (code: string, message: string, loc: ErrorLocation): never => {
    throw new MappingError(code, `survey-tools mapping: ${message}`, file === undefined ? loc : { file, ...loc });
  };
  const obj = (v: unknown, path: string): Json =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Json)
      : fail('RELCAP_MAPPING_BAD_TYPE', `${path || 'the mapping'} must be an object`, {
          path: path || '$',
          value: typeName(v),
          expected: 'a JSON object',
        });
  const str = (v: unknown, path: string): string =>
    typeof v === 'string' && v.trim() !== ''
      ? v.trim()
      : fail('RELCAP_MAPPING_BAD_TYPE', `${path} must be a non-empty string`, {
          path,
          value: typeof v === 'string' ? v : typeName(v),
          expected: 'a non-empty string',
        });
  const onlyKeys = (o: Json, keys: readonly string[], path: string): void => {
    for (const k of Object.keys(o)) {
      if (!keys.includes(k)) {
        fail('RELCAP_MAPPING_UNKNOWN_KEY', `unknown key "${k}"`, { path: child(path, k), value: k, expected: `one of ${keys.join(', ')}` });
      }
    }
  };
  /** A list of codes; JSON numbers are allowed (`[6, 99, "UNK"]`) and kept as text. */
  const codes = (v: unknown, path: string): string[] => {
    if (!Array.isArray(v)) {
      return fail('RELCAP_MAPPING_BAD_TYPE', `${path} must be an array`, { path, value: typeName(v), expected: 'an array such as [6, 99, "UNK"]' });
    }
    return v.map((c, i) => (typeof c === 'number' && Number.isFinite(c) ? String(c) : str(c, `${path}[${i}]`)));
  };
  return { fail, obj, str, onlyKeys, codes };
}

/**
 * Parses and validates a survey-tool mapping file (JSON, {@link ToolMapping}): the survey mapping
 * fields plus `tool`, `sheet`, `skipRows`, `dimensionSet`, `roleValues`, `missingCodes`,
 * `labelSet`, `labelSets` and per-column `labelSet` and `missingCodes`. Every problem is a
 * `MappingError` whose `location.path` is the JSON path; a syntax error carries the line. Names
 * of dimensions, label sets and columns are checked when the mapping meets a file.
 *
 * @example
 * ```ts
 * const mapping = parseToolMapping(fs.readFileSync('mapping.json', 'utf8'), 'mapping.json');
 * ```
 */
export function parseToolMapping(text: string, file?: string): ToolMapping {
  const c = checker(file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    const offset = m?.[1] === undefined ? body.length : Math.min(Number(m[1]), body.length);
    return c.fail('RELCAP_MAPPING_BAD_JSON', `the mapping is not valid JSON (${message})`, {
      line: body.slice(0, offset).split('\n').length,
      expected: 'valid JSON (check commas, quotes and brackets near this place)',
    });
  }
  const root = c.obj(data, '');
  c.onlyKeys(root, TOP_KEYS, '');
  if (root.version !== 1) {
    c.fail('RELCAP_MAPPING_UNSUPPORTED_VERSION', 'unsupported mapping version', {
      path: 'version',
      value: JSON.stringify(root.version) ?? 'missing',
      expected: '1',
    });
  }
  const out: Record<string, unknown> = { version: 1 };
  if (root.tool !== undefined) {
    const tool = c.str(root.tool, 'tool');
    if (!(TOOL_KEYS as readonly string[]).includes(tool)) {
      c.fail('RELCAP_MAPPING_BAD_VALUE', 'unknown tool', { path: 'tool', value: tool, expected: `one of ${TOOL_KEYS.join(', ')}` });
    }
    out.tool = tool as ToolKey;
  }
  for (const k of ['sheet', 'dimensionSet', 'respondentId', 'respondentRole', 'labelSet'] as const) {
    if (root[k] !== undefined) out[k] = c.str(root[k], k);
  }
  if (root.skipRows !== undefined) {
    if (!(Number.isInteger(root.skipRows) && (root.skipRows as number) >= 0)) {
      c.fail('RELCAP_MAPPING_BAD_VALUE', 'skipRows must be a whole number >= 0', { path: 'skipRows', value: String(root.skipRows), expected: '0, 1, 2, ...' });
    }
    out.skipRows = root.skipRows;
  }
  if (root.missingCodes !== undefined) out.missingCodes = c.codes(root.missingCodes, 'missingCodes');
  if (root.roleValues !== undefined) {
    const rv = c.obj(root.roleValues, 'roleValues');
    out.roleValues = Object.fromEntries(
      Object.entries(rv).map(([k, v]) => {
        const path = child('roleValues', k);
        if (v === '') {
          c.fail('RELCAP_MAPPING_ROLE_EMPTY', `the role of value "${k}" is empty`, { path, value: k, expected: 'a role, e.g. "lærer" (fill it in)' });
        }
        return [k.trim(), c.str(v, path)];
      }),
    );
  }
  if (root.labelSets !== undefined) out.labelSets = parseLabelSets(c, c.obj(root.labelSets, 'labelSets'));
  const columns: Record<string, ToolMappingColumn> = {};
  for (const [header, spec] of Object.entries(c.obj(root.columns ?? {}, 'columns'))) {
    const path = child('columns', header);
    const s = c.obj(spec, path);
    c.onlyKeys(s, COLUMN_KEYS, path);
    for (const k of ['dimension', 'target'] as const) {
      if (s[k] === undefined) c.fail('RELCAP_MAPPING_MISSING_FIELD', `${path} has no "${k}"`, { path: child(path, k), expected: `a ${k}` });
    }
    columns[header.trim()] = {
      dimension: c.str(s.dimension, child(path, 'dimension')),
      target: c.str(s.target, child(path, 'target')),
      ...(s.labelSet !== undefined ? { labelSet: c.str(s.labelSet, child(path, 'labelSet')) } : {}),
      ...(s.missingCodes !== undefined ? { missingCodes: c.codes(s.missingCodes, child(path, 'missingCodes')) } : {}),
    };
  }
  out.columns = columns;
  out.ignore = root.ignore === undefined ? [] : names(c, root.ignore, 'ignore');
  if (file !== undefined) out.file = file;
  return out as unknown as ToolMapping;
}

/** A list of column names: strings only (a number is more likely a slip than a column called "2"). */
function names(c: ReturnType<typeof checker>, v: unknown, path: string): string[] {
  if (!Array.isArray(v)) return c.fail('RELCAP_MAPPING_BAD_TYPE', `${path} must be an array of column names`, { path, value: typeName(v), expected: 'an array of strings' });
  return v.map((n, i) => c.str(n, `${path}[${i}]`));
}

function parseLabelSets(c: ReturnType<typeof checker>, sets: Json): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [key, labels] of Object.entries(sets)) {
    const path = child('labelSets', key);
    const entries = Object.entries(c.obj(labels, path));
    if (entries.length === 0) c.fail('RELCAP_MAPPING_BAD_VALUE', `label set "${key}" is empty`, { path, expected: '{ "label": score, ... }' });
    out[key] = Object.fromEntries(
      entries.map(([label, score]) => {
        if (!Number.isInteger(score)) {
          c.fail('RELCAP_MAPPING_BAD_VALUE', `the score of "${label}" must be a whole number`, {
            path: child(path, label),
            value: JSON.stringify(score) ?? 'missing',
            expected: 'a whole number on the dimension scale, e.g. 1..5',
          });
        }
        return [label, score as number];
      }),
    );
  }
  return out;
}

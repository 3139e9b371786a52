import Papa from 'papaparse';
import { BUILTIN_DIMENSION_SETS } from '../dimensions/registry';
import { polarFromXY, V1_RING_GAP } from '../map/position';
import { ACTOR_KINDS, MAP_SCHEMA_VERSION, type NetworkMap, RELATION_STRENGTHS } from '../map/types';
import { validateMap } from '../map/validate-map';
import type { MapImportOptions } from './graphml-read';
import { InterchangeError } from './interchange-error';
import { DEFAULT_IMPORT_DEFAULTS } from './map-from-values';

type Row = Record<string, string>;

/** Undoes `csvSafeCell`: a `'` before `= + - @` (tab, CR) at the start or after `, ; tab` or a line break is removed. */
export function unCsvSafe(cell: string): string {
  const start = /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
  return start.replace(/([,;\t\r\n])'(?=[=+\-@])/g, '$1');
}

/**
 * Reads Kumu import sheets (two CSV texts, as written by {@link toKumu} or exported from Kumu)
 * into a validated map. Elements need `Label`; with an `ID` column, connections' `From` and `To`
 * name IDs, otherwise labels (and the label is the actor id). `Type` is the actor kind when it is
 * one (`child`, `family`, `professional`, `organisation`), else it becomes the profession of a
 * professional. Connections: `Direction` `undirected` or `mutual` make a mutual relation (Kumu's
 * default is directed); `Relation Kind` `rated`, or any dimension column, makes a rated relation;
 * otherwise `Type` is the strength when it is one, else `strong`. The numeric `Strength` column
 * (a weight) is not read back. The delimiter (`,` or `;`) is detected; a cell prefixed by
 * `csvSafeCell` loses its quote. The map title comes from `defaults.title`.
 *
 * @example
 * ```ts
 * const map = fromKumu({ elements: readFileSync('elements.csv', 'utf8'), connections: readFileSync('connections.csv', 'utf8') });
 * ```
 */
export function fromKumu(sheets: { elements: string; connections: string }, options: MapImportOptions = {}): NetworkMap {
  const { file } = options;
  const d = { ...DEFAULT_IMPORT_DEFAULTS, ...options.defaults };
  const elements = parseSheet(sheets.elements, 'elements', file);
  const connections = parseSheet(sheets.connections, 'connections', file);
  const hasId = elements.headers.includes('id');
  if (!elements.headers.includes('label')) throw structure('the elements sheet has no "Label" column', 'elements', file);
  if (!connections.headers.includes('from') || !connections.headers.includes('to')) {
    throw structure('the connections sheet needs "From" and "To" columns', 'connections', file);
  }
  const cell = (row: Row, key: string): string | undefined => {
    const v = row[key];
    return v === undefined || v === '' ? undefined : unCsvSafe(v);
  };
  const sheetOf = (sheet: string) => ({
    bool: (row: Row, key: string, line: number): boolean | undefined => {
      const v = cell(row, key);
      if (v === undefined) return undefined;
      const l = v.trim().toLowerCase();
      if (l === 'true' || l === '1') return true;
      if (l === 'false' || l === '0') return false;
      throw badValue(sheet, key, v, line, 'true or false', file);
    },
    num: (row: Row, key: string, line: number): number | undefined => {
      const v = cell(row, key);
      if (v === undefined) return undefined;
      const n = Number(/^-?\d+,\d+$/.test(v.trim()) ? v.trim().replace(',', '.') : v.trim());
      if (!Number.isFinite(n)) throw badValue(sheet, key, v, line, 'a number', file);
      return n;
    },
  });
  const el = sheetOf('elements');
  const actors = elements.rows.map((row, i) => {
    const line = i + 2;
    const label = cell(row, 'label') ?? '';
    const type = cell(row, 'type');
    const isKind = type !== undefined && (ACTOR_KINDS as readonly string[]).includes(type);
    const a: Record<string, unknown> = { id: hasId ? (cell(row, 'id') ?? '') : label, label, kind: isKind ? type : d.actorKind };
    const profession = cell(row, 'profession') ?? (isKind ? undefined : type);
    const put = (k: string, v: unknown): void => {
      if (v !== undefined) a[k] = v;
    };
    put('profession', profession);
    put('organisation', cell(row, 'organisation') ?? cell(row, 'organization'));
    put('sector', cell(row, 'sector'));
    put('authority', el.bool(row, 'authority', line));
    put('anchoring', cell(row, 'anchoring'));
    put('coordinator', el.bool(row, 'coordinator', line));
    put('notes', cell(row, 'description'));
    const pinned = el.bool(row, 'pinned', line);
    const position = positionOf(el.num(row, 'position angle', line), el.num(row, 'position distance', line), el.num(row, 'position x', line), el.num(row, 'position y', line));
    if (position !== undefined) a.position = { ...position, ...(pinned !== undefined ? { pinned } : {}) };
    return a;
  });
  const dimKeys = new Set([...(options.dimensionSets ?? []), ...BUILTIN_DIMENSION_SETS].flatMap((s) => s.dimensions.map((x) => x.key)));
  const co = sheetOf('connections');
  const taken = new Set(connections.rows.map((r) => cell(r, 'relation id')).filter((x): x is string => x !== undefined));
  let next = 1;
  const relations = connections.rows.map((row, i) => {
    const line = i + 2;
    let id = cell(row, 'relation id');
    if (id === undefined) {
      while (taken.has(`c${next}`)) next++;
      id = `c${next++}`;
    }
    const direction = (cell(row, 'direction') ?? 'directed').trim().toLowerCase();
    const r: Record<string, unknown> = { id, source: cell(row, 'from') ?? '', target: cell(row, 'to') ?? '', directed: direction === 'directed' };
    const notes = cell(row, 'description');
    if (notes !== undefined) r.notes = notes;
    const what = cell(row, 'action');
    const who = cell(row, 'action who');
    const when = cell(row, 'action when');
    const done = co.bool(row, 'action done', line);
    if (what !== undefined || who !== undefined || when !== undefined || done !== undefined) {
      r.action = { what: what ?? '', ...(who !== undefined ? { who } : {}), ...(when !== undefined ? { when } : {}), ...(done !== undefined ? { done } : {}) };
    }
    const ratings: Record<string, number> = {};
    for (const h of connections.original) {
      if (!dimKeys.has(h)) continue;
      const v = co.num(row, h.toLowerCase(), line);
      if (v !== undefined) ratings[h] = v;
    }
    const kind = cell(row, 'relation kind');
    const rc = co.num(row, 'rc', line);
    if (kind === 'rated' || (kind === undefined && (Object.keys(ratings).length > 0 || rc !== undefined))) {
      r.kind = 'rated';
      r.ratings = ratings;
      const n = co.num(row, 'n', line);
      const suppressed = co.bool(row, 'suppressed', line);
      const set = cell(row, 'dimension set');
      if (rc !== undefined) r.rc = rc;
      if (n !== undefined) r.n = n;
      if (suppressed !== undefined) r.suppressed = suppressed;
      if (set !== undefined) r.dimensionSet = set;
    } else {
      const type = cell(row, 'type');
      r.kind = kind ?? 'strength';
      r.strength = type !== undefined && (RELATION_STRENGTHS as readonly string[]).includes(type) ? type : d.strength;
    }
    return r;
  });
  const raw = { schemaVersion: MAP_SCHEMA_VERSION, title: d.title, type: 'child', actors, relations };
  return validateMap(raw, { ...(file !== undefined ? { file } : {}), dimensionSets: options.dimensionSets ?? [] });
}

function parseSheet(text: string, sheet: string, file: string | undefined): { headers: string[]; original: string[]; rows: Row[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: '', skipEmptyLines: 'greedy' });
  const [head = [], ...rest] = parsed.data;
  const original = head.map((h) => h.trim());
  const headers = original.map((h) => h.toLowerCase());
  const rows = rest.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
  if (head.length === 0) throw structure(`the ${sheet} sheet is empty`, sheet, file);
  return { headers, original, rows };
}

function structure(message: string, sheet: string, file: string | undefined): InterchangeError {
  return new InterchangeError('RELCAP_KUMU_STRUCTURE', `kumu: ${message}`, {
    ...(file !== undefined ? { file } : {}),
    column: sheet,
    expected: 'Kumu sheets with "Label" (elements) and "From", "To" (connections) headers',
  });
}

function badValue(sheet: string, column: string, value: string, line: number, expected: string, file: string | undefined): InterchangeError {
  return new InterchangeError('RELCAP_INTERCHANGE_BAD_VALUE', `kumu: a ${sheet} cell does not fit its column`, {
    ...(file !== undefined ? { file } : {}),
    line,
    column,
    value,
    expected,
  });
}

/** Angle and distance when the sheet has them, else Position X/Y (older sheets) converted with the version 1 ring gap. */
function positionOf(
  angle: number | undefined,
  distance: number | undefined,
  x: number | undefined,
  y: number | undefined,
): Record<string, number | undefined> | undefined {
  if (angle !== undefined || distance !== undefined) return { angle, distance };
  if (x !== undefined && y !== undefined) return polarFromXY(x, y, V1_RING_GAP);
  if (x !== undefined || y !== undefined) return { x, y };
  return undefined;
}

import { MapValidationError } from '../errors/relcap-error';
import { jsonDepthProblem, MAX_JSON_DEPTH } from '../io/json-depth';
import type { NetworkMap } from './types';
import { type MapReadResult, type MapValidationOptions, validateMapWithNotes } from './validate-map';

/**
 * Parses map JSON text and validates it. A JSON syntax error is reported as a
 * `MapValidationError` (code `RELCAP_MAP_BAD_JSON`) with the 1-based line and column; a byte
 * order mark at the start is ignored. JSON nested deeper than `MAX_JSON_DEPTH` (64) is refused
 * (`RELCAP_MAP_TOO_DEEP`, with line and column) before it is parsed, so no input can exhaust the stack.
 *
 * @example
 * ```ts
 * const map = parseMap(fs.readFileSync('kort.json', 'utf8'), { file: 'kort.json' });
 * ```
 */
export function parseMap(text: string, options: Partial<MapValidationOptions> = {}): NetworkMap {
  return parseMapWithNotes(text, options).map;
}

/**
 * {@link parseMap}, also returning the migration notes of an older format version (see
 * `validateMapWithNotes`).
 *
 * @example
 * ```ts
 * const { map, notes } = parseMapWithNotes(text, { file: 'kort.json' });
 * notes[0]?.message; // 'map: read format version 1 and converted it to version 2: ...'
 * ```
 */
export function parseMapWithNotes(text: string, options: Partial<MapValidationOptions> = {}): MapReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const deep = jsonDepthProblem(body);
  if (deep !== null) {
    throw new MapValidationError('RELCAP_MAP_TOO_DEEP', `map: the JSON nests deeper than ${MAX_JSON_DEPTH} levels`, {
      ...(options.file !== undefined ? { file: options.file } : {}),
      line: deep.line,
      column: String(deep.column),
      value: body.slice(deep.offset, deep.offset + 20),
      expected: `arrays and objects nested at most ${MAX_JSON_DEPTH} deep (a map needs fewer than 10)`,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const offset = jsonErrorOffset(message, body);
    const { line, column } = lineColumn(body, offset);
    throw new MapValidationError('RELCAP_MAP_BAD_JSON', `map: the file is not valid JSON (${message})`, {
      ...(options.file !== undefined ? { file: options.file } : {}),
      line,
      column: String(column),
      value: body.slice(offset, offset + 20),
      expected: 'valid JSON (check commas, quotes and brackets near this place)',
    });
  }
  return validateMapWithNotes(data, options);
}

/** Offset of a JSON.parse error: from "position N" (V8), else the end of the text. */
function jsonErrorOffset(message: string, body: string): number {
  const m = /position (\d+)/.exec(message);
  if (m?.[1] !== undefined) return Math.min(Number(m[1]), body.length);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc?.[1] !== undefined && lc[2] !== undefined) {
    const lines = body.split('\n');
    let off = 0;
    for (let i = 0; i < Number(lc[1]) - 1 && i < lines.length; i++) off += (lines[i]?.length ?? 0) + 1;
    return Math.min(off + Number(lc[2]) - 1, body.length);
  }
  return body.length;
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
function lineColumn(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

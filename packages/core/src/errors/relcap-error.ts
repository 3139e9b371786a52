/**
 * Where a problem was found. Every field is optional because not every source is a file
 * (an in-memory map has a `path`, a CSV cell has `file`, `line` and `column`).
 */
export interface ErrorLocation {
  /** File name as the user gave it, when the input came from a file. */
  readonly file?: string;
  /** 1-based physical line in the file. */
  readonly line?: number;
  /** Column name (header) or, when there is no header, the 1-based column number. */
  readonly column?: string;
  /** JSON path for structured input, e.g. `actors[3].kind`. */
  readonly path?: string;
  /** The value that was found, verbatim. */
  readonly value?: string;
  /** What was expected instead, in plain words. */
  readonly expected?: string;
}

/** Formats a location as `file:line, column "x": found "v", expected y`. */
export function formatLocation(loc: ErrorLocation): string {
  const where: string[] = [];
  if (loc.file !== undefined || loc.line !== undefined) {
    where.push(`${loc.file ?? '<input>'}${loc.line !== undefined ? `:${loc.line}` : ''}`);
  }
  if (loc.column !== undefined) where.push(`column "${loc.column}"`);
  if (loc.path !== undefined) where.push(`at ${loc.path}`);
  const found = loc.value !== undefined ? `found ${JSON.stringify(loc.value)}` : '';
  const expected = loc.expected !== undefined ? `expected ${loc.expected}` : '';
  const what = [found, expected].filter((s) => s !== '').join(', ');
  return [where.join(', '), what].filter((s) => s !== '').join(': ');
}

/**
 * Base class of every error relcap throws on purpose. `code` is stable and machine-readable;
 * the message names the module, the location, what was found and what was expected.
 *
 * @example
 * ```ts
 * try { parseSurvey(text) } catch (e) {
 *   if (e instanceof RelcapError) console.error(e.code, e.location.line, e.message);
 * }
 * ```
 */
export class RelcapError extends Error {
  override name = 'RelcapError';
  readonly code: string;
  readonly location: ErrorLocation;

  constructor(code: string, message: string, location: ErrorLocation = {}) {
    const loc = formatLocation(location);
    super(loc === '' ? message : `${message} (${loc})`);
    this.code = code;
    this.location = location;
  }
}

/** A survey file that cannot be read as the user asked: encoding, header, cell values, rows. */
export class SurveyFormatError extends RelcapError {
  override name = 'SurveyFormatError';
}

/** A mapping file (column -> dimension/target role) that is malformed or does not fit the data. */
export class MappingError extends RelcapError {
  override name = 'MappingError';
}

/** A network map document that does not follow the map format; `location.path` names the field. */
export class MapValidationError extends RelcapError {
  override name = 'MapValidationError';
}

/**
 * A map edit (`addActor`, `connect`, `rateRelation`, ...) that cannot be made: an unknown actor or
 * relation id, a duplicate id, or a value the map format refuses. Codes start with
 * `RELCAP_EDIT_`; `location.path` names where in the map the value would have gone
 * (`actors[3].label`), `location.value` the id or value, `location.expected` what was expected.
 */
export class MapEditError extends RelcapError {
  override name = 'MapEditError';
}

/** Options outside their documented range (e.g. `minItems: 0`). */
export class OptionsError extends RelcapError {
  override name = 'OptionsError';
}

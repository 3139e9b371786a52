import { MapValidationError } from '../../errors/relcap-error';

/** Collects map problems while a document is read; internal to the validator. */
export interface ProblemSink {
  readonly file: string | undefined;
  readonly problems: MapValidationError[];
}

/** Shows a found value verbatim (strings as they are, anything else as JSON), shortened to 120 characters. */
export function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : safeJson(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Records one problem at `path`. */
export function report(
  sink: ProblemSink,
  code: string,
  message: string,
  path: string,
  value: unknown,
  expected: string,
): void {
  const found = describeValue(value);
  sink.problems.push(
    new MapValidationError(code, `map: ${message}`, {
      ...(sink.file !== undefined ? { file: sink.file } : {}),
      path,
      ...(found !== undefined ? { value: found } : {}),
      expected,
    }),
  );
}

/** Type name for messages: `array`, `null`, `string`, ... */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins a JSON path and a key: `join('actors[3]', 'kind')` is `actors[3].kind`, `join('', 'title')` is `title`. */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

import { SelfAssessmentError, type SelfAssessmentErrorCode } from './self-assessment-error';
import type { LocalizedText } from '../dimensions/types';
import { SA_LIMITS } from './template-types';

/**
 * Field readers shared by the template and the round readers (internal). Each returns the value
 * when valid and `undefined` otherwise, recording a located problem in the sink.
 */
export interface ProblemSink {
  readonly file: string | undefined;
  readonly what: 'template' | 'round';
  readonly problems: SelfAssessmentError[];
}

/** A new, empty sink. */
export function newSink(what: ProblemSink['what'], file: string | undefined): ProblemSink {
  return { file, what, problems: [] };
}

/** Shows a found value verbatim (strings as they are, anything else as JSON), at most 120 characters. */
export function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Records one problem at `path`. Stops recording past `SA_LIMITS.problems` (the list is bounded). */
export function report(
  sink: ProblemSink,
  code: SelfAssessmentErrorCode,
  message: string,
  path: string,
  value: unknown,
  expected: string,
): void {
  if (sink.problems.length >= SA_LIMITS.problems) return;
  const found = describeValue(value);
  sink.problems.push(
    new SelfAssessmentError(code, `self-assessment ${sink.what}: ${message}`, {
      ...(sink.file !== undefined ? { file: sink.file } : {}),
      path: path === '' ? '$' : path,
      ...(found !== undefined ? { value: found } : {}),
      expected,
    }),
  );
}

/** `array`, `null`, `string`, ... for messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `join('areas[0]', 'id')` is `areas[0].id`; `join('', 'id')` is `id`. */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Reads an object at `path`; reports when it is something else. */
export function readObject(sink: ProblemSink, v: unknown, path: string): Record<string, unknown> | undefined {
  if (isRecord(v)) return v;
  if (v === undefined) report(sink, 'RELCAP_SA_MISSING_FIELD', 'missing object', path, undefined, 'an object');
  else report(sink, 'RELCAP_SA_BAD_TYPE', 'must be an object', path, v, `an object, not ${typeName(v)}`);
  return undefined;
}

/** Reads an array of at most `max` items at `obj[key]`. */
export function readArray(sink: ProblemSink, obj: Record<string, unknown>, key: string, path: string, max: number): readonly unknown[] | undefined {
  const v = obj[key];
  const p = join(path, key);
  if (v === undefined) {
    report(sink, 'RELCAP_SA_MISSING_FIELD', `missing field "${key}"`, p, undefined, 'a list');
    return undefined;
  }
  if (!Array.isArray(v)) {
    report(sink, 'RELCAP_SA_BAD_TYPE', `"${key}" must be a list`, p, v, `a list, not ${typeName(v)}`);
    return undefined;
  }
  if (v.length > max) {
    report(sink, 'RELCAP_SA_TOO_MANY', `"${key}" has too many items`, p, `${v.length} items`, `at most ${max}`);
    return undefined;
  }
  return v;
}

/** Reads a string of at most `SA_LIMITS.textChars`; `required` reports absence, `nonEmpty` a blank string. */
export function readString(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  opts: { required: boolean; nonEmpty?: boolean },
): string | undefined {
  const v = obj[key];
  const p = join(path, key);
  if (v === undefined) {
    if (opts.required) report(sink, 'RELCAP_SA_MISSING_FIELD', `missing field "${key}"`, p, undefined, 'a string');
    return undefined;
  }
  if (typeof v !== 'string') {
    report(sink, 'RELCAP_SA_BAD_TYPE', `"${key}" must be text`, p, v, `a string, not ${typeName(v)}`);
    return undefined;
  }
  if (opts.nonEmpty === true && v.trim() === '') {
    report(sink, 'RELCAP_SA_EMPTY', `"${key}" must not be empty`, p, v, 'a non-empty string');
    return undefined;
  }
  if (v.length > SA_LIMITS.textChars) {
    report(sink, 'RELCAP_SA_TOO_LONG', `"${key}" is too long`, p, v, `at most ${SA_LIMITS.textChars} characters`);
    return undefined;
  }
  return v;
}

/** Reads a Danish and English text pair `{ da, en }`, both non-empty. */
export function readLocalized(sink: ProblemSink, obj: Record<string, unknown>, key: string, path: string, required: boolean): LocalizedText | undefined {
  const v = obj[key];
  const p = join(path, key);
  if (v === undefined) {
    if (required) report(sink, 'RELCAP_SA_MISSING_FIELD', `missing field "${key}"`, p, undefined, 'an object { "da": text, "en": text }');
    return undefined;
  }
  const o = readObject(sink, v, p);
  if (o === undefined) return undefined;
  const da = readString(sink, o, 'da', p, { required: true, nonEmpty: true });
  const en = readString(sink, o, 'en', p, { required: true, nonEmpty: true });
  return da !== undefined && en !== undefined ? { da, en } : undefined;
}

/** Reads a whole number in `[min, max]` at `path`; a number outside is reported with `code`. */
export function readInteger(
  sink: ProblemSink,
  v: unknown,
  path: string,
  range: { min: number; max: number },
  code: SelfAssessmentErrorCode,
): number | undefined {
  const { min, max } = range;
  const expected = `a whole number from ${min} to ${max}`;
  if (v === undefined) {
    report(sink, 'RELCAP_SA_MISSING_FIELD', 'missing number', path, undefined, expected);
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isInteger(v) || v < min || v > max) {
    report(sink, typeof v === 'number' ? code : 'RELCAP_SA_BAD_TYPE', 'number out of range', path, v, expected);
    return undefined;
  }
  return v;
}

/** An id: non-empty, at most 100 characters, letters, digits, `-`, `_` and `.` (stable in files and CSV). */
export function readId(sink: ProblemSink, obj: Record<string, unknown>, key: string, path: string): string | undefined {
  const v = readString(sink, obj, key, path, { required: true, nonEmpty: true });
  if (v === undefined) return undefined;
  if (!/^[\p{L}\p{N}_.-]{1,100}$/u.test(v)) {
    report(sink, 'RELCAP_SA_BAD_TYPE', `"${key}" is not a valid id`, join(path, key), v, 'letters, digits, "-", "_" or "." (at most 100)');
    return undefined;
  }
  return v;
}

import { join, type ProblemSink, report, typeName } from './problems';

/**
 * Field readers shared by the actor and relation readers. Each returns the value when it is
 * valid and `undefined` otherwise, recording a problem; optional readers accept an absent field.
 */

export function requiredString(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  nonEmpty = false,
): string | undefined {
  const v = obj[key];
  if (v === undefined) {
    report(sink, 'RELCAP_MAP_MISSING_FIELD', `missing field "${key}"`, join(path, key), undefined, 'a string');
    return undefined;
  }
  if (typeof v !== 'string') {
    report(sink, 'RELCAP_MAP_BAD_TYPE', `"${key}" must be text`, join(path, key), v, `a string, not ${typeName(v)}`);
    return undefined;
  }
  if (nonEmpty && v.trim() === '') {
    report(sink, 'RELCAP_MAP_EMPTY_ID', `"${key}" must not be empty`, join(path, key), v, 'a non-empty string');
    return undefined;
  }
  return v;
}

export function optionalString(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    report(sink, 'RELCAP_MAP_BAD_TYPE', `"${key}" must be text`, join(path, key), v, `a string, not ${typeName(v)}`);
    return undefined;
  }
  return v;
}

export function optionalBoolean(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
): boolean | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') {
    report(sink, 'RELCAP_MAP_BAD_TYPE', `"${key}" must be true or false`, join(path, key), v, 'true or false');
    return undefined;
  }
  return v;
}

export function requiredBoolean(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
): boolean | undefined {
  if (obj[key] === undefined) {
    report(sink, 'RELCAP_MAP_MISSING_FIELD', `missing field "${key}"`, join(path, key), undefined, 'true or false');
    return undefined;
  }
  return optionalBoolean(sink, obj, key, path);
}

/** Reads a field that must be one of `allowed`; `required` decides whether absence is a problem. */
export function enumField<T extends string>(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  allowed: readonly T[],
  required: boolean,
): T | undefined {
  const v = obj[key];
  const expected = `one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
  if (v === undefined) {
    if (required) report(sink, 'RELCAP_MAP_MISSING_FIELD', `missing field "${key}"`, join(path, key), undefined, expected);
    return undefined;
  }
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    report(sink, 'RELCAP_MAP_UNKNOWN_VALUE', `unknown ${key}`, join(path, key), v, expected);
    return undefined;
  }
  return v as T;
}

/** Reads an optional finite number, optionally within `[min, max]` and an integer. */
export function optionalNumber(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  range: { min?: number; max?: number; integer?: boolean } = {},
): number | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  return checkNumber(sink, v, key, join(path, key), range);
}

export function checkNumber(
  sink: ProblemSink,
  v: unknown,
  what: string,
  path: string,
  range: { min?: number; max?: number; integer?: boolean },
): number | undefined {
  const { min, max, integer = false } = range;
  const bounds =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : '';
  const expected = `${integer ? 'a whole number' : 'a number'}${bounds}`;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    report(sink, 'RELCAP_MAP_BAD_TYPE', `"${what}" must be a number`, path, v, expected);
    return undefined;
  }
  if ((min !== undefined && v < min) || (max !== undefined && v > max) || (integer && !Number.isInteger(v))) {
    report(sink, 'RELCAP_MAP_OUT_OF_RANGE', `"${what}" is out of range`, path, v, expected);
    return undefined;
  }
  return v;
}

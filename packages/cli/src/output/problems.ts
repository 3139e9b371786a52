import type { RelcapError } from '@relcap/core';
import { oneLine } from './table';

/** A problem found in an input file, ready to print. */
export interface Problem {
  readonly code: string;
  /** The message without its location suffix. */
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
  readonly path?: string;
}

interface Located {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
  readonly path?: string;
}

// RelcapError appends "(<file>:<line>, column "<c>", at <path>: found ..., expected ...)" to its
// message (core formatLocation). The validate output puts the place first, so the place is
// cut out of the suffix and only "found ..., expected ..." is kept after the message.
function splitMessage(p: Located): string {
  const where: string[] = [];
  if (p.file !== undefined || p.line !== undefined) where.push(`${p.file ?? '<input>'}${p.line !== undefined ? `:${p.line}` : ''}`);
  if (p.column !== undefined) where.push(`column "${p.column}"`);
  if (p.path !== undefined) where.push(`at ${p.path}`);
  const place = where.join(', ');
  const m = p.message;
  if (place === '' || !m.endsWith(')')) return m;
  const i = m.lastIndexOf(` (${place}`);
  if (i < 0) return m;
  const rest = m.slice(i + place.length + 2, -1);
  if (rest === '') return m.slice(0, i);
  return rest.startsWith(': ') ? `${m.slice(0, i)} (${rest.slice(2)})` : m;
}

/**
 * A problem from a located record: a RelcapError's `location`, or a scorer issue's fields.
 *
 * @example
 * ```ts
 * toProblem({ code: e.code, message: e.message, ...e.location });
 * ```
 */
export function toProblem(p: Located): Problem {
  return {
    code: p.code,
    message: splitMessage(p),
    ...(p.file !== undefined ? { file: p.file } : {}),
    ...(p.line !== undefined ? { line: p.line } : {}),
    ...(p.column !== undefined ? { column: p.column } : {}),
    ...(p.path !== undefined ? { path: p.path } : {}),
  };
}

/**
 * A problem from a thrown RelcapError.
 *
 * @example
 * ```ts
 * problemFromError(new SurveyFormatError('X', 'bad', { file: 'a.csv', line: 3 })).message; // 'bad'
 * ```
 */
export function problemFromError(e: RelcapError): Problem {
  const { file, line, column, path } = e.location;
  return toProblem({
    code: e.code,
    message: e.message,
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(path !== undefined ? { path } : {}),
  });
}

/**
 * One line per problem, compiler style: `FILE:LINE: column "X": message [CODE]` (or
 * `FILE: at actors[3].kind: message [CODE]` for structured documents). `file` is used when the
 * problem does not name one.
 *
 * @example
 * ```ts
 * formatProblem({ code: 'RELCAP_VALUE_OUT_OF_RANGE', message: 'not 1..5', line: 4, column: 'accuracy' }, 'svar.csv');
 * // 'svar.csv:4: column "accuracy": not 1..5 [RELCAP_VALUE_OUT_OF_RANGE]'
 * ```
 */
export function formatProblem(p: Problem, file: string): string {
  let where = `${p.file ?? file}${p.line !== undefined ? `:${p.line}` : ''}:`;
  if (p.column !== undefined) where += ` column "${p.column}":`;
  if (p.path !== undefined) where += ` at ${p.path}:`;
  return oneLine(`${where} ${p.message} [${p.code}]`);
}

import { danishErrorLine } from './output/danish-error';
import { OptionsError, RelcapError } from '@relcap/core';
import { EXIT_CODES, type ExitCode } from './exit-codes';
import { formatProblem, problemFromError } from './output/problems';

/**
 * A command line that cannot be run as written (unknown flag, missing file argument, a flag
 * value out of range). Exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError('RELCAP_CLI_MISSING_ARGUMENT', 'relcap score: missing FILE');
 * ```
 */
export class UsageError extends RelcapError {
  override name = 'UsageError';
}

/**
 * A file that cannot be read or written; wraps the Node error (`ENOENT`, `EACCES`, ...) in
 * `cause`. Exit code 3.
 *
 * @example
 * ```ts
 * throw new CliIoError('RELCAP_CLI_READ', 'cannot read svar.csv: no such file', { file: 'svar.csv' });
 * ```
 */
export class CliIoError extends RelcapError {
  override name = 'CliIoError';
}

const NODE_IO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  EBUSY: 'resource busy',
};

/** The `code` of a Node system error (`ENOENT`), or `undefined` for anything else. */
export function nodeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/**
 * Wraps a Node file-system error as a {@link CliIoError} naming the file and what was being
 * done; returns other errors unchanged.
 *
 * @example
 * ```ts
 * try { await stat(path) } catch (e) { throw toIoError(e, 'read', 'svar.csv') }
 * ```
 */
export function toIoError(error: unknown, action: 'read' | 'write', file: string): unknown {
  const code = nodeErrorCode(error);
  if (code === undefined) return error;
  const reason = NODE_IO_REASONS[code] ?? (error instanceof Error ? error.message : code);
  const e = new CliIoError(`RELCAP_CLI_${action.toUpperCase()}_FAILED`, `cannot ${action} ${file}: ${reason} (${code})`);
  (e as { cause?: unknown }).cause = error;
  return e;
}

/**
 * The exit code for an error: 2 for usage and option errors, 3 for I/O, 1 for any other
 * RelcapError (invalid input), 4 for anything unexpected.
 *
 * @example
 * ```ts
 * exitCodeOf(new UsageError('X', 'bad flag')); // 2
 * ```
 */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof UsageError || error instanceof OptionsError) return EXIT_CODES.usage;
  if (error instanceof CliIoError || nodeErrorCode(error) !== undefined) return EXIT_CODES.io;
  if (error instanceof RelcapError) return EXIT_CODES.invalidInput;
  return EXIT_CODES.internal;
}

/**
 * The one-line message printed on stderr for an error: a located input error in the same form
 * as `relcap validate` prints it (`FILE:LINE: column "X": message [CODE]`), anything else as
 * `relcap: <message> [<code>]`. No stack unless `debug` (RELCAP_DEBUG=1).
 *
 * @example
 * ```ts
 * formatErrorMessage(new UsageError('RELCAP_CLI_UNKNOWN_FLAG', 'unknown flag --x'), false);
 * // 'relcap: unknown flag --x [RELCAP_CLI_UNKNOWN_FLAG]\n'
 * ```
 */
export function formatErrorMessage(error: unknown, debug: boolean, lang: 'da' | 'en' = 'en'): string {
  let line: string;
  const danish = lang === 'da' ? danishErrorLine(error) : undefined;
  if (danish !== undefined) line = danish;
  else if (error instanceof RelcapError && error.location.file !== undefined && exitCodeOf(error) === EXIT_CODES.invalidInput) {
    line = formatProblem(problemFromError(error), error.location.file);
  } else if (error instanceof RelcapError) {
    // usage messages already start with the command ("relcap score: ...")
    line = `${error.message.startsWith('relcap') ? '' : 'relcap: '}${error.message} [${error.code}]`;
  }
  else if (error instanceof Error) line = `relcap: internal error: ${error.message}`;
  else line = `relcap: internal error: ${String(error)}`;
  const stack = debug && error instanceof Error && error.stack !== undefined ? `\n${error.stack}` : '';
  const hint =
    !debug && exitCodeOf(error) === EXIT_CODES.internal ? lang === 'da' ? '\nrelcap: dette er en fejl i relcap; kør igen med RELCAP_DEBUG=1 for detaljer' : '\nrelcap: this is a bug; run again with RELCAP_DEBUG=1 for details' : '';
  return `${line}${hint}${stack}\n`;
}

/**
 * The exit codes of `relcap`, stable across versions (docs/cli.md).
 *
 * @example
 * ```ts
 * const code = await main(['validate', 'svar.csv'], io);
 * if (code === EXIT_CODES.invalidInput) console.error('fix the file first');
 * ```
 */
export const EXIT_CODES = {
  /** Success. */
  ok: 0,
  /** The input is invalid: validation problems, or a RelcapError while reading or scoring. */
  invalidInput: 1,
  /** Usage error: unknown command or flag, missing argument, bad flag value. */
  usage: 2,
  /** I/O error: a file cannot be read or written. */
  io: 3,
  /** An unexpected internal error (a bug in relcap; RELCAP_DEBUG=1 shows the stack). */
  internal: 4,
} as const;

/** One of the values of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

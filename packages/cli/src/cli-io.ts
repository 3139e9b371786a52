import { terminalText } from './output/terminal-text';

/** Where a command writes text: `process.stdout`, `process.stderr`, or a test buffer. */
export interface TextSink {
  write(chunk: string): unknown;
}

/**
 * Everything `main` touches besides files: the two output streams, the directory relative file
 * arguments resolve from, and whether stderr is a terminal (progress bars only then).
 * Injectable so that tests run `main` in-process.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const io: CliIo = { stdout: { write: (s) => out.push(s) }, stderr: { write: () => {} }, cwd: '/tmp', isTTY: false };
 * await main(['--version'], io);
 * ```
 */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Relative FILE arguments resolve from here (the user's directory). */
  readonly cwd: string;
  /** `process.stderr.isTTY`: progress output is drawn only on a terminal. */
  readonly isTTY: boolean;
  /** Width of the terminal in columns, when known. */
  readonly columns?: number;
  /** Environment, for `RELCAP_DEBUG`. Default: none set. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * The raw terminal behind stderr, for the progress bar's own cursor sequences only (stderr
   * itself is sanitised). Default: `stderr`.
   */
  readonly terminalControl?: TextSink;
}

/**
 * The real process streams, working directory and environment. Everything written to stdout
 * and stderr passes through `terminalText` (no escape sequence from a file reaches the
 * terminal).
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  const columns = process.stderr.columns;
  return {
    stdout: { write: (s: string) => process.stdout.write(terminalText(s)) },
    stderr: { write: (s: string) => process.stderr.write(terminalText(s)) },
    terminalControl: process.stderr,
    cwd: process.cwd(),
    isTTY: process.stderr.isTTY === true,
    ...(typeof columns === 'number' ? { columns } : {}),
    env: process.env,
  };
}

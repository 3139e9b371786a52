import type { CliIo } from '../cli-io';
import { formatProblem, type Problem } from './problems';

/** Prints problems on stderr as they are found, up to a limit, and counts the rest. */
export interface IssuePrinter {
  print(problem: Problem): void;
  /** Number of problems seen (printed or not). */
  readonly count: () => number;
  /** Prints `... and N more` when some were held back. */
  finish(hint: string): void;
}

/**
 * An issue printer for `io.stderr`: each problem as `FILE:LINE: column "X": message [CODE]`,
 * prefixed with `prefix` (e.g. `warning: `), at most `limit` lines (`Infinity` for all).
 *
 * @example
 * ```ts
 * const p = createIssuePrinter(io, 'svar.csv', 20, 'warning: ');
 * p.print(problem); p.finish('run relcap validate to list them all');
 * ```
 */
export function createIssuePrinter(io: CliIo, file: string, limit: number, prefix = ''): IssuePrinter {
  let n = 0;
  return {
    print(problem: Problem): void {
      n++;
      if (n <= limit) io.stderr.write(`${prefix}${formatProblem(problem, file)}\n`);
    },
    count: () => n,
    finish(hint: string): void {
      if (n > limit) io.stderr.write(`${prefix}${file}: ... and ${n - limit} more problems (${hint})\n`);
    },
  };
}

import { resolve } from 'node:path';
import type { CliIo } from '../cli-io';
import { writeFileAtomic } from './atomic-write';

/**
 * Sends a command's result to stdout, or with `out` to that file (resolved from `io.cwd`,
 * written atomically).
 *
 * @example
 * ```ts
 * await emit(io, json, stringFlag(args, 'out'));
 * ```
 */
export async function emit(io: CliIo, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) io.stdout.write(text);
  else await writeFileAtomic(resolve(io.cwd, out), text, out);
}

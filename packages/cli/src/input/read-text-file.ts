import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../cli-io';
import { toIoError } from '../cli-errors';

/**
 * Reads a whole UTF-8 text file (a map, a mapping file), `file` resolved from `io.cwd`. Node
 * errors become `CliIoError` (exit code 3) naming the file as the user typed it.
 *
 * @example
 * ```ts
 * const text = await readTextFile(io, 'kort.json');
 * ```
 */
export async function readTextFile(io: CliIo, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw toIoError(e, 'read', file);
  }
}

import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { detectMapFormat } from '@relcap/core';
import type { CliIo } from '../cli-io';
import { toIoError } from '../cli-errors';

/** Bytes read to tell a map document from a survey table. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether a file is a network map (relcap JSON, GEXF, GraphML: core `detectMapFormat` on its
 * first 64 KiB) or, otherwise, a survey table. Reads only the start of the file.
 *
 * @example
 * ```ts
 * await fileKind(io, 'kort.json'); // 'map'
 * ```
 */
export async function fileKind(io: CliIo, file: string): Promise<'map' | 'survey'> {
  try {
    const handle = await open(resolve(io.cwd, file), 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      // A UTF-16 survey decodes to garbage here, which is simply not a map.
      return detectMapFormat(buffer.subarray(0, bytesRead).toString('utf8')) === undefined ? 'survey' : 'map';
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw toIoError(e, 'read', file);
  }
}

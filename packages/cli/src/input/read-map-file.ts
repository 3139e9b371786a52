import { detectMapFormat, type MapDocumentFormat, type NetworkMap, readMapDocument } from '@relcap/core';
import type { CliIo } from '../cli-io';
import { readTextFile } from './read-text-file';

/** A map read from a file, and the format it was detected as. */
export interface MapFile {
  readonly map: NetworkMap;
  readonly format: MapDocumentFormat;
}

/**
 * Reads a map file in relcap JSON, GEXF or GraphML (detected from the content by core's
 * `readMapDocument`). Throws `CliIoError` when the file cannot be read and core's
 * `RelcapError`s when it is not a valid map.
 *
 * @example
 * ```ts
 * const { map, format } = await readMapFile(io, 'kort.gexf');
 * ```
 */
export async function readMapFile(io: CliIo, file: string): Promise<MapFile> {
  const text = await readTextFile(io, file);
  const map = readMapDocument(text, { file });
  return { map, format: detectMapFormat(text) ?? 'json' };
}

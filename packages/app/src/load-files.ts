import { decodeBytes, type NetworkMap, readMapDocument } from '@relcap/core';

/**
 * Reads a map file chosen by the user: relcap JSON, GraphML or GEXF (detected from the content),
 * decoded as UTF-8 or Windows-1252. Throws the core's typed errors (`MapValidationError`,
 * `InterchangeError`) with the file name and location; the caller keeps its current map.
 */
export async function readMapFile(file: File): Promise<NetworkMap> {
  const { text } = decodeBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  return readMapDocument(text, { file: file.name });
}

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

/** Text of a survey CSV chosen by the user (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252). */
export async function readSurveyText(file: File): Promise<string> {
  return decodeBytes(new Uint8Array(await file.arrayBuffer()), file.name).text;
}

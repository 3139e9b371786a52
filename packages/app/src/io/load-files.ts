import { decodeSurveyBytes, fromKumu, InterchangeError, type NetworkMap, readMapDocument } from '@relcap/core';

const text = async (file: File): Promise<string> => decodeSurveyBytes(new Uint8Array(await file.arrayBuffer())).text;

/**
 * Reads map files chosen by the user: one relcap JSON (`*.relcap.json`, older versions migrated
 * by core), GraphML or GEXF file (detected from the content), or a Kumu export as two CSV files
 * (the one whose name mentions "connection" holds the connections), decoded as UTF-8 or
 * Windows-1252. Throws the core's typed errors (`MapValidationError`, `InterchangeError`) with
 * the file name and location; the caller keeps its current map.
 *
 * @example
 * ```ts
 * const map = await readMapFiles([...input.files!]);
 * ```
 */
export async function readMapFiles(files: readonly File[]): Promise<NetworkMap> {
  if (files.length === 2 && files.every((f) => /\.csv$/i.test(f.name))) {
    const [a, b] = files as [File, File];
    const [connections, elements] = /connection/i.test(a.name) ? [a, b] : [b, a];
    return fromKumu({ elements: await text(elements), connections: await text(connections) }, { file: elements.name });
  }
  const file = files[0];
  if (files.length !== 1 || file === undefined) {
    throw new InterchangeError('RELCAP_APP_FILE_COUNT', `open: choose one map file, or the two CSV files of a Kumu export (got ${files.length})`, {
      value: String(files.length),
      expected: 'one .relcap.json, .graphml or .gexf file, or two Kumu .csv files',
    });
  }
  return readMapDocument(await text(file), { file: file.name });
}

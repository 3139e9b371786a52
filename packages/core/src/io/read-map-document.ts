import { parseMap } from '../map/parse-map';
import type { NetworkMap } from '../map/types';
import { fromGexf } from './gexf-read';
import { fromGraphml, type MapImportOptions } from './graphml-read';
import { InterchangeError } from './interchange-error';

/** The formats {@link detectMapFormat} recognises. */
export type MapDocumentFormat = 'json' | 'graphml' | 'gexf';

/**
 * Detects a map document's format from its content (not its file name): JSON when it starts
 * with `{`, otherwise the root element of XML (`<graphml>` or `<gexf>`), skipping a byte order
 * mark, white space, the XML declaration, comments and a DOCTYPE. `undefined` when none fits.
 *
 * @example
 * ```ts
 * detectMapFormat('<?xml version="1.0"?><gexf version="1.3">'); // 'gexf'
 * ```
 */
export function detectMapFormat(text: string): MapDocumentFormat | undefined {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('{')) return 'json';
  const body = t.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*/, '');
  const m = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(body);
  if (m?.[1] === 'graphml') return 'graphml';
  if (m?.[1] === 'gexf') return 'gexf';
  return undefined;
}

/**
 * Reads a map document in any supported format (relcap JSON, GraphML, GEXF), detected from the
 * content, and returns a validated map. Throws `InterchangeError` (`RELCAP_UNKNOWN_MAP_FORMAT`)
 * when the format is not recognised.
 *
 * @example
 * ```ts
 * const map = readMapDocument(readFileSync(path, 'utf8'), { file: path });
 * ```
 */
export function readMapDocument(text: string, options: MapImportOptions = {}): NetworkMap {
  const format = detectMapFormat(text);
  const { file } = options;
  if (format === 'json') {
    return parseMap(text, { ...(file !== undefined ? { file } : {}), dimensionSets: options.dimensionSets ?? [] });
  }
  if (format === 'graphml') return fromGraphml(text, options);
  if (format === 'gexf') return fromGexf(text, options);
  throw new InterchangeError('RELCAP_UNKNOWN_MAP_FORMAT', 'interchange: the document is not a relcap map, GraphML or GEXF', {
    ...(file !== undefined ? { file } : {}),
    line: 1,
    value: text.replace(/^\uFEFF/, '').trimStart().slice(0, 30),
    expected: 'JSON starting with "{", or XML with a <graphml> or <gexf> root element',
  });
}

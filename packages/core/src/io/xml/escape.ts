import { InterchangeError } from '../interchange-error';

// Characters XML 1.0 cannot hold at all, not even as character references (XML 1.0 section 2.2),
// and lone surrogates.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws when `text` holds a character XML 1.0 cannot represent; `path` says where in the map. */
export function checkXmlText(text: string, path: string): void {
  const m = INVALID.exec(text);
  if (m === null) return;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  throw new InterchangeError('RELCAP_XML_INVALID_CHARACTER', `xml: the text holds the character U+${code}, which XML 1.0 cannot store`, {
    path,
    value: text.length > 60 ? `${text.slice(0, 57)}...` : text,
    expected: 'text without control characters other than tab and line breaks',
  });
}

/**
 * Escapes text for XML content or a double-quoted attribute: `& < > "` as entities, and tab,
 * line feed and carriage return as character references so that XML's whitespace normalisation
 * does not change them on the way back.
 *
 * @example
 * ```ts
 * escapeXml('<script>&"'); // '&lt;script&gt;&amp;&quot;'
 * ```
 */
export function escapeXml(text: string, path = ''): string {
  checkXmlText(text, path);
  return text.replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

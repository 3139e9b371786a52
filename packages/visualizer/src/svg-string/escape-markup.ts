/** Characters XML 1.0 does not allow anywhere, not even escaped (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escapes text for XML and HTML content and attribute values: `&`, `<`, `>`, `"` and `'` become
 * entities, so a label stays text and never becomes markup. Characters that XML 1.0 cannot carry
 * at all (C0 control characters other than tab, line feed and carriage return; lone surrogates)
 * become U+FFFD, visibly, so the document stays well-formed. (Core's `escapeXml`, for interchange
 * files, refuses such characters instead, so that data round-trips; a drawing or a report shows
 * them.) Used for SVG and HTML alike.
 *
 * @example
 * ```ts
 * escapeMarkup('<script>alert("1")</script> & Co'); // '&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; Co'
 * ```
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

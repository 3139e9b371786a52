import { ReportInputError } from './report-input-error';

/** Elements a role-network drawing may hold (what `sceneToSvgString` writes). */
const ELEMENTS = new Set(['svg', 'g', 'defs', 'marker', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title']);
const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>/y;
const ATTR = /([A-Za-z_:][\w:.-]*)="([^"<]*)"/g;

/** Attributes whose value a browser may read as a URL (`url(...)` in paint and style); `href` is refused outright. */
const URL_ATTRS = new Set(['style', 'fill', 'stroke', 'marker-start', 'marker-mid', 'marker-end', 'clip-path', 'mask', 'filter', 'src', 'action', 'formaction']);

/** An attribute value as a browser reads it: character references decoded, white space and controls removed. */
const asRead = (v: string): string =>
  v
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#([0-9]+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/[\s\u0000-\u001f]/g, '');

const fail = (value: string, expected: string): ReportInputError =>
  new ReportInputError('RELCAP_REPORT_UNSAFE_SVG', 'report: the network drawing is not a plain SVG as sceneToSvgString writes it', {
    path: 'networkSvg',
    value: value.length > 60 ? `${value.slice(0, 57)}...` : value,
    expected,
  });

/**
 * Checks that the network drawing is plain SVG before it goes into the report as markup: it
 * starts with `<svg`, every tag is a well-formed start or end tag of a drawing element (no
 * `script`, `foreignObject`, `image`, `use`, no comments or processing instructions), and no
 * attribute is an event handler (`on…`) or a link (`href`), and no attribute a browser may read
 * as a URL (`style`, paint and marker attributes) holds `javascript:` (after decoding character
 * references). Other attributes (`data-*`, `aria-label`) are text: a role named
 * `javascript:alert(1)` is harmless there and passes. Text is not
 * inspected: in an escaped drawing every `<` starts a tag. A second lock behind escaping and the
 * page's Content-Security-Policy.
 *
 * @throws ReportInputError (`RELCAP_REPORT_UNSAFE_SVG`, `location.value` = the offending markup).
 * @example
 * ```ts
 * checkReportSvg(sceneToSvgString(scene)); // passes
 * checkReportSvg('<svg><script>alert(1)</script></svg>'); // throws
 * ```
 */
export function checkReportSvg(svg: string): void {
  if (!svg.startsWith('<svg')) throw fail(svg.slice(0, 20), 'a document starting with <svg');
  let at = svg.indexOf('<');
  while (at !== -1) {
    TAG.lastIndex = at;
    const m = TAG.exec(svg);
    if (m === null) throw fail(svg.slice(at, at + 40), 'well-formed SVG tags only (no comments, CDATA or processing instructions)');
    const name = m[2]!;
    if (!ELEMENTS.has(name)) throw fail(`<${m[1]}${name}`, `one of the drawing elements ${[...ELEMENTS].join(', ')}`);
    for (const a of (m[3] ?? '').matchAll(ATTR)) {
      const attr = a[1]!.toLowerCase();
      if (attr.startsWith('on') || attr.endsWith('href')) throw fail(a[0], 'no event handlers or links');
      if (URL_ATTRS.has(attr) && /javascript:/i.test(asRead(a[2]!))) throw fail(a[0], 'no javascript: values in attributes read as URLs');
    }
    at = svg.indexOf('<', at + m[0].length);
  }
}

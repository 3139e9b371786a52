import { escapeMarkup } from '../svg-string/escape-markup';
import { svgElement } from '../svg-string/svg-element';
import type { SpiderWebNodeOptions, SvgNode } from './spider-web-nodes';
import { spiderWebNodes } from './spider-web-nodes';
import type { SpiderWeb } from './types';

/**
 * Writes a node tree as SVG text: attributes and text escaped ({@link escapeMarkup}). Depth is bounded by the tree (4 levels).
 *
 * @example
 * ```ts
 * svgNodeToString({ name: 'text', attrs: { x: 1 }, text: '<b>' }); // '<text x="1">&lt;b&gt;</text>'
 * ```
 */
export function svgNodeToString(node: SvgNode): string {
  const content = node.text !== undefined ? escapeMarkup(node.text) : node.children !== undefined ? node.children.map(svgNodeToString).join('') : undefined;
  return svgElement(node.name, node.attrs, content);
}

/**
 * The spider web as a standalone SVG document string, with no DOM: for Node, reports, print and
 * export. Every label is escaped text, never markup. Give the `<svg>` a width in CSS or with
 * `width`; the viewBox holds every label.
 *
 * @example
 * ```ts
 * const svg = spiderWebToSvgString(buildSpiderWeb(input));
 * fs.writeFileSync('web.svg', svg);
 * ```
 */
export function spiderWebToSvgString(web: SpiderWeb, options: Partial<SpiderWebNodeOptions & { width: number }> = {}): string {
  const root = spiderWebNodes(web, options);
  const width = options.width ?? Math.round(web.viewBox[2] * 2);
  const attrs = { xmlns: 'http://www.w3.org/2000/svg', width, height: Math.round((width * web.viewBox[3]) / web.viewBox[2]), ...root.attrs, 'font-family': 'system-ui, sans-serif' };
  return svgNodeToString({ ...root, attrs });
}

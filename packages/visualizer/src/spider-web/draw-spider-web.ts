import { formatSvgNumber } from '../svg-string/svg-element';
import type { SpiderWebNodeOptions, SvgNode } from './spider-web-nodes';
import { spiderWebNodes } from './spider-web-nodes';
import type { SpiderWeb } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(parent: Element, node: SvgNode): void {
  const doc = parent.ownerDocument;
  const el = doc.createElementNS(SVG_NS, node.name);
  setAttributes(el, node);
  if (node.text !== undefined) el.textContent = node.text;
  for (const c of node.children ?? []) append(el, c);
  parent.append(el);
}

function setAttributes(el: Element, node: SvgNode): void {
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v === undefined || v === null) continue;
    el.setAttribute(k, typeof v === 'number' ? formatSvgNumber(v) : v);
  }
}

/**
 * Draws a spider web into an existing `<svg>` element (replacing its content): the same element
 * tree as {@link spiderWebToSvgString}, created with `createElementNS`; labels are set as
 * `textContent`, so they stay text.
 *
 * @example
 * ```ts
 * drawSpiderWeb(document.querySelector('svg')!, buildSpiderWeb(input));
 * ```
 */
export function drawSpiderWeb(svg: SVGSVGElement, web: SpiderWeb, options: Partial<SpiderWebNodeOptions> = {}): void {
  const root = spiderWebNodes(web, options);
  svg.replaceChildren();
  setAttributes(svg, root);
  for (const c of root.children ?? []) append(svg, c);
}

import type { Scene, SceneEdge, SceneNode } from '../scene/types';
import { edgeAriaLabel } from '../svg/aria';
import { edgeGeometry } from '../svg/geometry';
import { markerId } from '../svg/markers';
import { setAttr, setText } from './dom-attr';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Ends = Pick<SceneNode, 'id' | 'x' | 'y' | 'radius' | 'shape' | 'label'>;

/**
 * Creates the DOM of one relation: a group with a wide transparent hit path and the drawn line.
 *
 * @example
 * ```ts
 * edgesLayer.append(createEdgeElement(document));
 * ```
 */
export function createEdgeElement(doc: Document): SVGGElement {
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'relcap-edge');
  g.setAttribute('tabindex', '-1');
  g.setAttribute('role', 'button');
  const hit = doc.createElementNS(SVG_NS, 'path');
  hit.setAttribute('class', 'relcap-hit');
  hit.setAttribute('fill', 'none');
  hit.setAttribute('stroke', 'transparent');
  hit.setAttribute('stroke-width', '16');
  const line = doc.createElementNS(SVG_NS, 'path');
  line.setAttribute('class', 'relcap-line');
  line.setAttribute('fill', 'none');
  g.append(hit, line);
  return g;
}

/**
 * Brings one relation's DOM up to date: its data attributes, accessible name, path and look,
 * and its score label (created in `labels` when needed, removed when the label is empty).
 * Every write goes through `setAttr`, so what did not change is not written.
  *
 * @example
 * ```ts
 * label = updateEdgeElement(g, edge, source, target, scene, 'm1', labelsLayer, label);
 * ```
 */
export function updateEdgeElement(g: SVGGElement, edge: SceneEdge, s: Ends, t: Ends, scene: Scene, prefix: string, labels: SVGGElement, label: SVGTextElement | undefined): SVGTextElement | undefined {
  setAttr(g, 'data-id', edge.id);
  setAttr(g, 'data-style', edge.style);
  setAttr(g, 'data-gap', String(edge.gap));
  setAttr(g, 'data-source', edge.source);
  setAttr(g, 'data-target', edge.target);
  const names = new Map([
    [s.id, s.label],
    [t.id, t.label],
  ]);
  setAttr(g, 'aria-label', edgeAriaLabel(edge, scene, names));
  const style = scene.styles[edge.style];
  const line = g.lastElementChild!;
  setAttr(line, 'stroke', style.color);
  setAttr(line, 'stroke-width', String(style.width));
  setAttr(line, 'stroke-dasharray', style.dash === '' ? null : style.dash);
  setAttr(line, 'stroke-linecap', style.dash.startsWith('0.1') ? 'round' : 'butt');
  setAttr(line, 'stroke-linejoin', 'round');
  setAttr(line, 'marker-end', edge.directed ? `url(#${markerId(prefix, edge.style)})` : null);
  return placeEdge(g, edge, s, t, scene, labels, label);
}

/**
 * Recomputes a relation's path (and its label's place) from the positions of its ends.
 *
 * @example
 * ```ts
 * placeEdge(g, edge, { ...source, x: 10, y: 20 }, target, scene, labelsLayer, label);
 * ```
 */
export function placeEdge(g: SVGGElement, edge: SceneEdge, s: Ends, t: Ends, scene: Scene, labels: SVGGElement, label: SVGTextElement | undefined): SVGTextElement | undefined {
  const style = scene.styles[edge.style];
  const geo = edgeGeometry(edge, s, t, { zigzag: style.zigzag, endGap: edge.directed ? 3 : 0 });
  setAttr(g.firstElementChild!, 'd', geo.d);
  setAttr(g.lastElementChild!, 'd', geo.d);
  if (edge.label === '') {
    label?.remove();
    return undefined;
  }
  const text = label ?? createLabel(labels.ownerDocument, labels);
  setAttr(text, 'data-edge', edge.id);
  setAttr(text, 'x', String(geo.mid.x));
  setAttr(text, 'y', String(geo.mid.y + 5));
  setAttr(text, 'fill', style.color);
  setText(text, edge.label);
  return text;
}

function createLabel(doc: Document, parent: SVGGElement): SVGTextElement {
  const text = doc.createElementNS(SVG_NS, 'text');
  const fixed: Record<string, string> = {
    'text-anchor': 'middle',
    'font-size': '15',
    'font-weight': '700',
    stroke: '#ffffff',
    'stroke-width': '5',
    'paint-order': 'stroke',
    'stroke-linejoin': 'round',
    'pointer-events': 'none',
  };
  for (const [k, v] of Object.entries(fixed)) text.setAttribute(k, v);
  parent.append(text);
  return text;
}

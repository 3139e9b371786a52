import { formatScore } from '../scene/scene-utils';
import type { Scene, SceneNode } from '../scene/types';
import { nodeAriaLabel } from '../svg/aria';
import { coordinatorStarPath as starPath } from './drawing-constants';
import { nodeShapePath, outlineRadius } from '../svg/geometry';
import { formatSvgNumber as f, type SvgAttributes, svgElement, svgText } from './svg-element';
import { escapeMarkup } from './escape-markup';

/** Half the height of a node's outline below its centre, where the label starts (as in the d3 renderer). */
function below(node: SceneNode): number {
  if (node.shape === 'oval') return node.radius * 0.82;
  if (node.shape === 'diamond') return node.radius * 1.3;
  if (node.shape === 'square') return node.radius * 0.9;
  return node.radius;
}

const HALO: SvgAttributes = { 'text-anchor': 'middle', stroke: '#ffffff', 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round' };

/**
 * One actor as an SVG `<g>` string, in the d3 renderer's visual language: outline by shape
 * (anchoring), a second outline and a star for the coordinator, a § badge for statutory
 * authority, a ring in the tie's line style for a within-role tie (with its score), and the
 * label and profession below as escaped text with a white halo. Carries `data-id`,
 * `data-shape`, `data-coordinator` and a `<title>`.
 *
 * @example
 * ```ts
 * nodeSvg(scene.nodes[0]!, scene); // '<g class="relcap-node" transform="translate(0,0)" …'
 * ```
 */
export function nodeSvg(node: SceneNode, scene: Scene): string {
  const parts: string[] = [`<title>${escapeMarkup(nodeAriaLabel(node, scene.lang))}</title>`];
  if (node.selfTie !== undefined) {
    const style = scene.styles[node.selfTie.style];
    parts.push(
      svgElement('circle', {
        class: 'relcap-self-tie',
        'data-self-style': node.selfTie.style,
        r: outlineRadius(node) + 12,
        fill: 'none',
        stroke: style.color,
        'stroke-width': Math.min(style.width, 4),
        'stroke-dasharray': style.dash === '' ? undefined : style.dash,
        'stroke-linecap': style.dash.startsWith('0.1') ? 'round' : 'butt',
      }),
    );
  }
  if (node.coordinator) {
    parts.push(svgElement('path', { class: 'relcap-coordinator-ring', d: nodeShapePath(node.shape, node.radius + 7), fill: 'none', stroke: '#1f2937', 'stroke-width': 2 }));
  }
  parts.push(
    svgElement('path', { class: 'relcap-shape', d: nodeShapePath(node.shape, node.radius), fill: node.fill, stroke: node.stroke, 'stroke-width': node.coordinator ? 4 : 2.5 }),
  );
  if (node.coordinator) {
    const at = `translate(${f(node.radius * 0.95)},${f(-node.radius * 0.95)})`;
    parts.push(svgElement('path', { class: 'relcap-coordinator-badge', transform: at, d: starPath(11), fill: '#f2b200', stroke: '#1f2937', 'stroke-width': 1.5 }));
  }
  if (node.authority) {
    const badge =
      svgElement('circle', { r: 10, fill: '#ffffff', stroke: '#1f2937', 'stroke-width': 1.5 }) +
      svgText({ y: 5, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 700, fill: '#1f2937' }, '§');
    parts.push(svgElement('g', { class: 'relcap-authority-badge', transform: `translate(${f(-node.radius * 0.95)},${f(-node.radius * 0.95)})` }, badge));
  }
  const y0 = below(node) + (node.selfTie !== undefined ? 30 : node.coordinator ? 26 : 20);
  parts.push(svgText({ class: 'relcap-label', y: y0, 'font-size': 17, 'font-weight': 700, fill: '#111827', ...HALO }, node.label));
  if (node.sublabel !== undefined) {
    parts.push(svgText({ class: 'relcap-sublabel', y: y0 + 18, 'font-size': 14, fill: '#374151', ...HALO }, node.sublabel));
  }
  if (node.selfTie !== undefined && node.selfTie.rc !== null) {
    const r = outlineRadius(node);
    const attrs: SvgAttributes = { class: 'relcap-self-score', x: r + 16, y: -r - 6, 'font-size': 14, 'font-weight': 700, fill: scene.styles[node.selfTie.style].color, ...HALO, 'text-anchor': 'start' };
    parts.push(svgText(attrs, formatScore(node.selfTie.rc, scene.lang)));
  }
  return svgElement(
    'g',
    {
      class: 'relcap-node',
      transform: `translate(${f(node.x)},${f(node.y)})`,
      'data-id': node.id,
      'data-shape': node.shape,
      'data-coordinator': String(node.coordinator),
    },
    parts.join(''),
  );
}

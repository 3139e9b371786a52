import { type Selection, select } from 'd3';
import type { Scene, SceneNode } from '../scene/types';
import { nodeAriaLabel } from './aria';
import { nodeShapePath, outlineRadius } from './geometry';

/** Five-pointed star centred on (0, 0) with outer radius r: the coordinator's badge. */
export function starPath(r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    pts.push(`${(Math.cos(a) * rr).toFixed(2)},${(Math.sin(a) * rr).toFixed(2)}`);
  }
  return `M${pts.join(' L')} Z`;
}

/** Half the height of a node's outline below its centre, where the label starts. */
function below(node: SceneNode): number {
  if (node.shape === 'oval') return node.radius * 0.82;
  if (node.shape === 'diamond') return node.radius * 1.3;
  if (node.shape === 'square') return node.radius * 0.9;
  return node.radius;
}

/**
 * (Re)draws one actor into its `<g>`: outline by shape, a second outline and a star for the
 * coordinator, a § badge for statutory authority, a ring for a within-role tie, and the label
 * and profession below, as text (never markup) with a white halo so lines do not hide it.
 */
export function drawNode(el: SVGGElement, node: SceneNode, scene: Scene): void {
  const g = select(el);
  g.selectAll('*').remove();
  g.attr('transform', `translate(${node.x},${node.y})`)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('data-id', node.id)
    .attr('data-shape', node.shape)
    .attr('data-coordinator', String(node.coordinator))
    .attr('data-pinned', String(node.pinned))
    .attr('aria-label', nodeAriaLabel(node, scene.lang));
  if (node.selfTie !== undefined) {
    const style = scene.styles[node.selfTie.style];
    g.append('circle')
      .attr('class', 'relcap-self-tie')
      .attr('data-self-style', node.selfTie.style)
      .attr('r', outlineRadius(node) + 12)
      .attr('fill', 'none')
      .attr('stroke', style.color)
      .attr('stroke-width', Math.min(style.width, 4))
      .attr('stroke-dasharray', style.dash === '' ? null : style.dash)
      .attr('stroke-linecap', style.dash.startsWith('0.1') ? 'round' : 'butt');
  }
  if (node.coordinator) {
    g.append('path')
      .attr('class', 'relcap-coordinator-ring')
      .attr('d', nodeShapePath(node.shape, node.radius + 7))
      .attr('fill', 'none')
      .attr('stroke', '#1f2937')
      .attr('stroke-width', 2);
  }
  g.append('path')
    .attr('class', 'relcap-shape')
    .attr('d', nodeShapePath(node.shape, node.radius))
    .attr('fill', node.fill)
    .attr('stroke', node.stroke)
    .attr('stroke-width', node.coordinator ? 4 : 2.5);
  if (node.coordinator) {
    g.append('path')
      .attr('class', 'relcap-coordinator-badge')
      .attr('transform', `translate(${node.radius * 0.95},${-node.radius * 0.95})`)
      .attr('d', starPath(11))
      .attr('fill', '#f2b200')
      .attr('stroke', '#1f2937')
      .attr('stroke-width', 1.5);
  }
  if (node.authority) {
    const badge = g.append('g').attr('class', 'relcap-authority-badge').attr('transform', `translate(${-node.radius * 0.95},${-node.radius * 0.95})`);
    badge.append('circle').attr('r', 10).attr('fill', '#ffffff').attr('stroke', '#1f2937').attr('stroke-width', 1.5);
    badge.append('text').attr('y', 5).attr('text-anchor', 'middle').attr('font-size', 14).attr('font-weight', 700).attr('fill', '#1f2937').text('§');
  }
  const y0 = below(node) + (node.selfTie !== undefined ? 30 : node.coordinator ? 26 : 20);
  const halo = (sel: Selection<SVGTextElement, unknown, null, undefined>): void => {
    sel.attr('text-anchor', 'middle').attr('stroke', '#ffffff').attr('stroke-width', 4).attr('paint-order', 'stroke').attr('stroke-linejoin', 'round');
  };
  const label = g.append('text').attr('class', 'relcap-label').attr('y', y0).attr('font-size', 17).attr('font-weight', 700).attr('fill', '#111827');
  halo(label);
  label.text(node.label);
  if (node.sublabel !== undefined) {
    const sub = g.append('text').attr('class', 'relcap-sublabel').attr('y', y0 + 18).attr('font-size', 14).attr('fill', '#374151');
    halo(sub);
    sub.text(node.sublabel);
  }
  if (node.selfTie !== undefined && node.selfTie.rc !== null) {
    const score = g
      .append('text')
      .attr('class', 'relcap-self-score')
      .attr('x', outlineRadius(node) + 16)
      .attr('y', -outlineRadius(node) - 6)
      .attr('font-size', 14)
      .attr('font-weight', 700)
      .attr('fill', scene.styles[node.selfTie.style].color);
    halo(score);
    score.attr('text-anchor', 'start').text(scene.lang === 'da' ? node.selfTie.rc.toFixed(1).replace('.', ',') : node.selfTie.rc.toFixed(1));
  }
}

import { select } from 'd3';
import type { Lang } from '../scene/types';
import { starPath } from '../svg/draw-node';
import { edgeGeometry, nodeShapePath } from '../svg/geometry';
import { t } from './i18n';
import type { LegendEntry } from './legend';

/** Height of one legend row in px. */
export const LEGEND_ROW = 26;
/** Width of a legend drawn by {@link drawLegend}. */
export const LEGEND_WIDTH = 330;

/**
 * Draws legend rows into an SVG `<g>` (the same drawing on screen and in exports): a line
 * swatch with the style's width, dash and zig-zag, or a shape, with its text. Returns the height.
 *
 * @example
 * ```ts
 * const h = drawLegend(g, legendEntries(scene), 'da');
 * ```
 */
export function drawLegend(g: SVGGElement, entries: readonly LegendEntry[], lang: Lang): number {
  const root = select(g);
  root.selectAll('*').remove();
  root.attr('class', 'relcap-legend-rows');
  root.append('rect').attr('width', LEGEND_WIDTH).attr('height', entries.length * LEGEND_ROW + 44).attr('rx', 6).attr('fill', '#ffffff').attr('stroke', '#d1d5db');
  root.append('text').attr('x', 12).attr('y', 24).attr('font-size', 15).attr('font-weight', 700).attr('fill', '#111827').text(t(lang, 'legend'));
  entries.forEach((e, i) => {
    const y = 44 + i * LEGEND_ROW + LEGEND_ROW / 2;
    const row = root.append('g').attr('class', 'relcap-legend-row').attr('data-legend', e.kind === 'line' ? e.style.key : e.kind);
    const sw = row.append('g').attr('transform', `translate(12,${y})`);
    if (e.kind === 'line' || e.kind === 'arrow' || e.kind === 'self-tie') drawSwatchLine(sw.node()!, e);
    if (e.kind === 'shape') sw.append('path').attr('transform', 'translate(26,0)').attr('d', nodeShapePath(e.shape, 9)).attr('fill', '#f3f4f6').attr('stroke', '#374151').attr('stroke-width', 1.5);
    if (e.kind === 'coordinator') sw.append('path').attr('transform', 'translate(26,0)').attr('d', starPath(10)).attr('fill', '#f2b200').attr('stroke', '#1f2937').attr('stroke-width', 1.5);
    if (e.kind === 'authority') {
      sw.append('circle').attr('cx', 26).attr('r', 9).attr('fill', '#ffffff').attr('stroke', '#1f2937').attr('stroke-width', 1.5);
      sw.append('text').attr('x', 26).attr('y', 5).attr('text-anchor', 'middle').attr('font-size', 13).attr('font-weight', 700).text('§');
    }
    row.append('text').attr('x', 72).attr('y', y + 5).attr('font-size', 14).attr('fill', '#111827').text(e.text);
  });
  return entries.length * LEGEND_ROW + 44;
}

function drawSwatchLine(g: SVGGElement, e: LegendEntry): void {
  const sel = select(g);
  if (e.kind === 'line') {
    const s = e.style;
    const geo = edgeGeometry(
      { source: 'a', target: 'b', curvature: 0 },
      { x: 0, y: 0, radius: 0, shape: 'circle' },
      { x: 52, y: 0, radius: 0, shape: 'circle' },
      { zigzag: s.zigzag, endGap: 0, amplitude: 4, wavelength: 10 },
    );
    sel
      .append('path')
      .attr('d', geo.d)
      .attr('fill', 'none')
      .attr('stroke', s.color)
      .attr('stroke-width', s.width)
      .attr('stroke-dasharray', s.dash === '' ? null : s.dash)
      .attr('stroke-linecap', s.dash.startsWith('0.1') ? 'round' : 'butt');
  } else if (e.kind === 'arrow') {
    sel.append('path').attr('d', 'M0,0 L44,0').attr('stroke', '#374151').attr('stroke-width', 2);
    sel.append('path').attr('d', 'M40,-6 L52,0 L40,6 L43,0 Z').attr('fill', '#374151');
  } else {
    sel.append('circle').attr('cx', 26).attr('r', 6).attr('fill', '#f3f4f6').attr('stroke', '#374151').attr('stroke-width', 1.5);
    sel.append('circle').attr('cx', 26).attr('r', 11).attr('fill', 'none').attr('stroke', '#374151').attr('stroke-width', 2).attr('stroke-dasharray', '4 3');
  }
}

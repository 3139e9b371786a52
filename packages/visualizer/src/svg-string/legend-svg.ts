import type { Lang } from '../scene/types';
import { edgeGeometry, nodeShapePath } from '../svg/geometry';
import { SVG_LEGEND_ROW as LEGEND_ROW, SVG_LEGEND_WIDTH as LEGEND_WIDTH, coordinatorStarPath as starPath } from './drawing-constants';
import { t } from '../ui/i18n';
import type { LegendEntry } from '../ui/legend';
import { svgElement, svgText } from './svg-element';

function swatch(e: LegendEntry): string {
  if (e.kind === 'line') {
    const s = e.style;
    const geo = edgeGeometry(
      { source: 'a', target: 'b', curvature: 0 },
      { x: 0, y: 0, radius: 0, shape: 'circle' },
      { x: 52, y: 0, radius: 0, shape: 'circle' },
      { zigzag: s.zigzag, endGap: 0, amplitude: 4, wavelength: 10 },
    );
    return svgElement('path', {
      d: geo.d,
      fill: 'none',
      stroke: s.color,
      'stroke-width': s.width,
      'stroke-dasharray': s.dash === '' ? undefined : s.dash,
      'stroke-linecap': s.dash.startsWith('0.1') ? 'round' : 'butt',
    });
  }
  if (e.kind === 'arrow') {
    return svgElement('path', { d: 'M0,0 L44,0', stroke: '#374151', 'stroke-width': 2 }) + svgElement('path', { d: 'M40,-6 L52,0 L40,6 L43,0 Z', fill: '#374151' });
  }
  if (e.kind === 'self-tie') {
    return (
      svgElement('circle', { cx: 26, r: 6, fill: '#f3f4f6', stroke: '#374151', 'stroke-width': 1.5 }) +
      svgElement('circle', { cx: 26, r: 11, fill: 'none', stroke: '#374151', 'stroke-width': 2, 'stroke-dasharray': '4 3' })
    );
  }
  if (e.kind === 'shape') {
    return svgElement('path', { transform: 'translate(26,0)', d: nodeShapePath(e.shape, 9), fill: '#f3f4f6', stroke: '#374151', 'stroke-width': 1.5 });
  }
  if (e.kind === 'coordinator') {
    return svgElement('path', { transform: 'translate(26,0)', d: starPath(10), fill: '#f2b200', stroke: '#1f2937', 'stroke-width': 1.5 });
  }
  return (
    svgElement('circle', { cx: 26, r: 9, fill: '#ffffff', stroke: '#1f2937', 'stroke-width': 1.5 }) +
    svgText({ x: 26, y: 5, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700 }, '§')
  );
}

/**
 * The legend as SVG markup, the same drawing as the d3 `drawLegend`: a framed box with a heading
 * and one row per entry (a line swatch with the style's width, dash and zig-zag, or a shape or
 * mark) with its text, escaped. Returns the markup (rows inside `<g class="relcap-legend-rows">`)
 * and its height in px; the width is `LEGEND_WIDTH`.
 *
 * @example
 * ```ts
 * const { svg, height } = legendSvg(legendEntries(scene), 'da');
 * ```
 */
export function legendSvg(entries: readonly LegendEntry[], lang: Lang): { svg: string; height: number } {
  const height = entries.length * LEGEND_ROW + 44;
  const parts = [
    svgElement('rect', { width: LEGEND_WIDTH, height, rx: 6, fill: '#ffffff', stroke: '#d1d5db' }),
    svgText({ x: 12, y: 24, 'font-size': 15, 'font-weight': 700, fill: '#111827' }, t(lang, 'legend')),
  ];
  entries.forEach((e, i) => {
    const y = 44 + i * LEGEND_ROW + LEGEND_ROW / 2;
    const row = svgElement('g', { transform: `translate(12,${y})` }, swatch(e)) + svgText({ x: 72, y: y + 5, 'font-size': 14, fill: '#111827' }, e.text);
    parts.push(svgElement('g', { class: 'relcap-legend-row', 'data-legend': e.kind === 'line' ? e.style.key : e.kind }, row));
  });
  return { svg: svgElement('g', { class: 'relcap-legend-rows' }, parts.join('')), height };
}

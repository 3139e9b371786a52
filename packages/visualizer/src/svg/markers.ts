import { select } from 'd3';
import { LINE_STYLE_KEYS } from '../scene/line-styles';
import type { LineStyleKey, Scene } from '../scene/types';

/**
 * Id of the arrow-head marker of a style, unique per drawn map (`prefix`).
 *
 * @example
 * ```ts
 * markerId('m1', 'weak'); // 'm1-arrow-weak'
 * ```
 */
export function markerId(prefix: string, style: LineStyleKey): string {
  return `${prefix}-arrow-${style}`;
}

/** Creates or updates one arrow-head marker per line style in the svg's `<defs>`, in the style's colour. */
export function ensureMarkers(svg: SVGSVGElement, scene: Scene, prefix: string): void {
  const root = select(svg);
  let defs = root.select<SVGDefsElement>(':scope > defs');
  if (defs.empty()) defs = root.insert('defs', ':first-child');
  defs
    .selectAll<SVGMarkerElement, LineStyleKey>('marker')
    .data(LINE_STYLE_KEYS, (d) => d)
    .join((enter) => {
      const m = enter.append('marker');
      m.append('path').attr('d', 'M0,0 L12,6 L0,12 L3,6 Z');
      return m;
    })
    .attr('id', (d) => markerId(prefix, d))
    .attr('viewBox', '0 0 12 12')
    .attr('refX', 10)
    .attr('refY', 6)
    .attr('markerWidth', 16)
    .attr('markerHeight', 16)
    .attr('markerUnits', 'userSpaceOnUse')
    .attr('orient', 'auto')
    .select('path')
    .attr('fill', (d) => scene.styles[d].color);
}

import { LINE_STYLE_KEYS } from '../scene/line-styles';
import type { Scene } from '../scene/types';
import { edgeAriaLabel } from '../svg/aria';
import { type EdgeGeometry, edgeGeometry } from '../svg/geometry';
import { arrowMarkerId as markerId } from './drawing-constants';
import { svgElement, svgText } from './svg-element';
import { escapeMarkup } from './escape-markup';

/**
 * `<defs>` with one arrow-head marker per line style, in the style's colour: the same marker as
 * the d3 renderer's `ensureMarkers` (ids from `markerId(prefix, style)`).
 *
 * @example
 * ```ts
 * markersSvg(scene, 'report-roles'); // '<defs><marker id="report-roles-arrow-strong" …'
 * ```
 */
export function markersSvg(scene: Scene, prefix: string): string {
  const markers = LINE_STYLE_KEYS.map((k) =>
    svgElement(
      'marker',
      { id: markerId(prefix, k), viewBox: '0 0 12 12', refX: 10, refY: 6, markerWidth: 16, markerHeight: 16, markerUnits: 'userSpaceOnUse', orient: 'auto' },
      svgElement('path', { d: 'M0,0 L12,6 L0,12 L3,6 Z', fill: scene.styles[k].color }),
    ),
  );
  return svgElement('defs', {}, markers.join(''));
}

/** Path and label point of every edge, by id (the d3 renderer's `edgeGeometry`). */
function geometries(scene: Scene): Map<string, EdgeGeometry> {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const out = new Map<string, EdgeGeometry>();
  for (const e of scene.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (s === undefined || t === undefined) continue;
    out.set(e.id, edgeGeometry(e, s, t, { zigzag: scene.styles[e.style].zigzag, endGap: e.directed ? 3 : 0 }));
  }
  return out;
}

/**
 * The relations of a scene as two layers, like the d3 renderer: `edges` (one `<g class=
 * "relcap-edge">` per edge with `data-style`, `data-gap`, a `<title>` and its line: the style's
 * width, dash array and colour, a zig-zag path for stressful relations, a quadratic curve when
 * `curvature` is not 0, and an arrow marker when directed) and `labels` (the score text on the
 * line). Edges whose ends are not on the scene are left out.
 *
 * @example
 * ```ts
 * const { edges, labels } = edgesSvg(scene, 'm1');
 * ```
 */
export function edgesSvg(scene: Scene, prefix: string): { edges: string; labels: string } {
  const geo = geometries(scene);
  const edges: string[] = [];
  const labels: string[] = [];
  for (const e of scene.edges) {
    const g = geo.get(e.id);
    if (g === undefined) continue;
    const style = scene.styles[e.style];
    const line = svgElement('path', {
      class: 'relcap-line',
      d: g.d,
      fill: 'none',
      stroke: style.color,
      'stroke-width': style.width,
      'stroke-dasharray': style.dash === '' ? undefined : style.dash,
      'stroke-linecap': style.dash.startsWith('0.1') ? 'round' : 'butt',
      'stroke-linejoin': 'round',
      'marker-end': e.directed ? `url(#${markerId(prefix, e.style)})` : undefined,
    });
    const title = `<title>${escapeMarkup(edgeAriaLabel(e, scene))}</title>`;
    edges.push(
      svgElement(
        'g',
        { class: 'relcap-edge', 'data-id': e.id, 'data-style': e.style, 'data-gap': String(e.gap), 'data-source': e.source, 'data-target': e.target },
        title + line,
      ),
    );
    if (e.label !== '') {
      labels.push(
        svgText(
          {
            'data-edge': e.id,
            x: g.mid.x,
            y: g.mid.y + 5,
            'text-anchor': 'middle',
            'font-size': 15,
            'font-weight': 700,
            fill: style.color,
            stroke: '#ffffff',
            'stroke-width': 5,
            'paint-order': 'stroke',
            'stroke-linejoin': 'round',
          },
          e.label,
        ),
      );
    }
  }
  return { edges: edges.join(''), labels: labels.join('') };
}

import { OptionsError } from '@relcap/core';
import type { Scene } from '../scene/types';
import { SVG_FONT_FAMILY as FONT_FAMILY, SVG_LEGEND_WIDTH as LEGEND_WIDTH } from './drawing-constants';
import { legendEntries } from '../ui/legend';
import { legendSvg } from './legend-svg';
import { edgesSvg, markersSvg } from './scene-edges-svg';
import { nodeSvg } from './scene-node-svg';
import { formatSvgNumber as f, svgElement, svgText } from './svg-element';
import { DEFAULT_SVG_STRING_OPTIONS, type SvgStringOptions } from './svg-string-options';
import { escapeMarkup } from './escape-markup';

const SVG_NS = 'http://www.w3.org/2000/svg';

function checkOptions(o: SvgStringOptions): void {
  const bad = (path: string, value: unknown, expected: string): OptionsError =>
    new OptionsError('RELCAP_BAD_OPTION', `sceneToSvgString: invalid option ${path}`, { path, value: String(value), expected });
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(o.idPrefix)) throw bad('idPrefix', o.idPrefix, 'letters, digits, - and _, starting with a letter');
  if (!(Number.isFinite(o.padding) && o.padding >= 0)) throw bad('padding', o.padding, 'a finite number >= 0');
  if (!(Number.isFinite(o.mapHeight) && o.mapHeight > 0)) throw bad('mapHeight', o.mapHeight, 'a finite number > 0');
}

/** The rings and their labels, as the d3 renderer draws them. */
function ringsSvg(scene: Scene): { rings: string; labels: string } {
  const rings = scene.rings.map((r) =>
    svgElement('circle', { class: 'relcap-ring', 'data-ring': r.index, r: r.radius, fill: 'none', stroke: '#c9ced6', 'stroke-width': 1.5, 'stroke-dasharray': '2 6' }),
  );
  const labels = scene.rings.map((r) => {
    const a = r.labelAngle ?? -Math.PI / 2;
    return svgText(
      {
        x: r.radius * Math.cos(a),
        y: r.radius * Math.sin(a) + 5,
        'text-anchor': 'middle',
        'font-size': 15,
        'font-style': 'italic',
        fill: '#6b7280',
        stroke: '#ffffff',
        'stroke-width': 5,
        'paint-order': 'stroke',
      },
      r.label[scene.lang],
    );
  });
  return { rings: rings.join(''), labels: labels.join('') };
}

/**
 * Draws a scene as one standalone SVG document, as a string, without a DOM: the same visual
 * language as the d3 renderer (`drawScene` + `exportSvg`): dotted ring circles with their
 * labels, actors shaped by anchoring with the coordinator's star and outline, relations in their
 * line style (width, dash array, zig-zag for stressful), curved by `curvature`, with arrow
 * markers when directed, within-role ties as rings around roles, the scene title above and the
 * legend beside the map. Every text (labels, title, legend, `<title>` tooltips) and every
 * attribute value is XML-escaped, so a label such as `<script>` stays text. Pure: for Node
 * (reports, servers) and the browser alike; nothing is fetched, no script is included.
 *
 * @throws OptionsError (`RELCAP_BAD_OPTION`) for an `idPrefix` that is not a plain name, or a
 *   negative padding or non-positive height.
 * @example
 * ```ts
 * import { buildScene, sceneToSvgString } from '@relcap/visualizer/node';
 * const svg = sceneToSvgString(buildScene(map, { lang: 'en' }), { idPrefix: 'roles' });
 * writeFileSync('map.svg', svg);
 * ```
 */
export function sceneToSvgString(scene: Scene, options: Partial<SvgStringOptions> = {}): string {
  const o: SvgStringOptions = { ...DEFAULT_SVG_STRING_OPTIONS, ...options };
  checkOptions(o);
  const b = scene.bounds;
  const p = o.padding;
  const vbW = b.maxX - b.minX + 2 * p;
  const vbH = b.maxY - b.minY + 2 * p;
  const mapH = o.mapHeight;
  const mapW = Math.round(mapH * (vbH > 0 ? vbW / vbH : 1));
  const titleH = o.showTitle ? (o.subtitle !== undefined ? 76 : 56) : 12;
  const legend = o.legend ? legendSvg(legendEntries(scene, o.legendOptions), scene.lang) : undefined;
  const legendW = legend !== undefined ? LEGEND_WIDTH + 24 : 0;
  const width = mapW + legendW + 24;
  const height = titleH + Math.max(mapH, legend?.height ?? 0) + 16;
  const rings = ringsSvg(scene);
  const edges = edgesSvg(scene, o.idPrefix);
  const nodes = scene.nodes.map((n) => nodeSvg(n, scene)).join('');
  const layer = (name: string, content: string): string => svgElement('g', { class: `relcap-${name}` }, content);
  const viewport = svgElement(
    'g',
    { class: 'relcap-viewport' },
    layer('rings', rings.rings) + layer('edges', edges.edges) + layer('ring-labels', rings.labels) + layer('edge-labels', edges.labels) + layer('nodes', nodes),
  );
  const map = svgElement(
    'svg',
    { class: 'relcap-map', x: 12, y: titleH, width: mapW, height: mapH, viewBox: `${f(b.minX - p)} ${f(b.minY - p)} ${f(vbW)} ${f(vbH)}`, preserveAspectRatio: 'xMidYMid meet' },
    markersSvg(scene, o.idPrefix) + viewport,
  );
  const parts = [`<title>${escapeMarkup(scene.title)}</title>`, svgElement('rect', { width: '100%', height: '100%', fill: o.background })];
  if (o.showTitle) {
    parts.push(svgText({ class: 'relcap-export-title', x: 24, y: 38, 'font-size': 24, 'font-weight': 700, fill: '#111827' }, scene.title));
    if (o.subtitle !== undefined) parts.push(svgText({ x: 24, y: 62, 'font-size': 15, fill: '#4b5563' }, o.subtitle));
  }
  parts.push(map);
  if (legend !== undefined) parts.push(svgElement('g', { class: 'relcap-legend', transform: `translate(${mapW + 24},${titleH})` }, legend.svg));
  return svgElement(
    'svg',
    { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY, role: 'img', 'aria-label': scene.title },
    parts.join(''),
  );
}

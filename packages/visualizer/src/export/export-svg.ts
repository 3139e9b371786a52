import type { Lang } from '../scene/types';
import { FONT_FAMILY } from '../svg/draw-scene';
import { drawLegend, LEGEND_WIDTH } from '../ui/draw-legend';
import type { LegendEntry } from '../ui/legend';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Options of {@link exportSvg}. */
export interface ExportSvgOptions {
  readonly title: string;
  /** Legend rows; an empty list leaves the legend out. */
  readonly legend: readonly LegendEntry[];
  readonly lang: Lang;
  /** Height of the map area in px (the width follows the map's aspect ratio). */
  readonly mapHeight: number;
  /** A line under the title, e.g. the round or the date. */
  readonly subtitle?: string;
}

/**
 * A standalone SVG document of a drawn map, with its title above and the legend beside it.
 * The drawn `<svg>` is cloned (every look is an attribute, so no stylesheet is needed) and the
 * whole is serialised with `XMLSerializer`, so labels stay escaped text (`&lt;img …&gt;`), never
 * markup. Needs a DOM (a browser); nothing is fetched.
 *
 * @example
 * ```ts
 * const svgText = exportSvg(handleSvg, { title: scene.title, legend: legendEntries(scene), lang: 'da', mapHeight: 800 });
 * ```
 */
export function exportSvg(drawn: SVGSVGElement, options: ExportSvgOptions): string {
  const doc = drawn.ownerDocument;
  const vb = drawn.viewBox.baseVal;
  const aspect = vb !== null && vb.height > 0 ? vb.width / vb.height : 1;
  const mapH = options.mapHeight;
  const mapW = Math.round(mapH * aspect);
  const titleH = options.subtitle !== undefined ? 76 : 56;
  const legendW = options.legend.length > 0 ? LEGEND_WIDTH + 24 : 0;
  const outer = doc.createElementNS(SVG_NS, 'svg');
  outer.setAttribute('xmlns', SVG_NS);
  const legendG = doc.createElementNS(SVG_NS, 'g');
  const legendH = options.legend.length > 0 ? drawLegend(legendG, options.legend, options.lang) : 0;
  const width = mapW + legendW + 24;
  const height = titleH + Math.max(mapH, legendH) + 16;
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(height));
  outer.setAttribute('viewBox', `0 0 ${width} ${height}`);
  outer.setAttribute('font-family', FONT_FAMILY);
  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.textContent = options.title;
  outer.append(titleEl);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  outer.append(bg);
  const heading = doc.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '24');
  heading.setAttribute('y', '38');
  heading.setAttribute('font-size', '24');
  heading.setAttribute('font-weight', '700');
  heading.setAttribute('fill', '#111827');
  heading.setAttribute('class', 'relcap-export-title');
  heading.textContent = options.title;
  outer.append(heading);
  if (options.subtitle !== undefined) {
    const sub = doc.createElementNS(SVG_NS, 'text');
    sub.setAttribute('x', '24');
    sub.setAttribute('y', '62');
    sub.setAttribute('font-size', '15');
    sub.setAttribute('fill', '#4b5563');
    sub.textContent = options.subtitle;
    outer.append(sub);
  }
  const map = drawn.cloneNode(true) as SVGSVGElement;
  for (const a of ['class', 'style', 'width', 'height', 'tabindex']) map.removeAttribute(a);
  map.setAttribute('x', '12');
  map.setAttribute('y', String(titleH));
  map.setAttribute('width', String(mapW));
  map.setAttribute('height', String(mapH));
  outer.append(map);
  if (legendH > 0) {
    legendG.setAttribute('transform', `translate(${mapW + 24},${titleH})`);
    outer.append(legendG);
  }
  return new XMLSerializer().serializeToString(outer);
}

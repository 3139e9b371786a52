import type { SvgAttributes } from '../svg-string/svg-element';
import type { SpiderWeb } from './types';

/** One SVG element as data: name, attributes, text content (data, never markup) or children. */
export interface SvgNode {
  readonly name: string;
  readonly attrs: SvgAttributes;
  readonly text?: string;
  readonly children?: readonly SvgNode[];
}

/** Options of {@link spiderWebNodes}. */
export interface SpiderWebNodeOptions {
  /** Class of the root `<svg>` (`relcap-web`; the details panel's radar uses `relcap-radar`). */
  readonly className: string;
}

const GRID = '#d1d5db';
const INK = '#374151';

/**
 * The spider web as a tree of SVG element descriptions, the single drawing both renderers use:
 * `spiderWebToSvgString` writes it as text (Node: reports, print, export), `drawSpiderWeb`
 * creates DOM elements from it (the app). Rings are circles, each axis is one `<line>`, labels
 * are `<text>` with one `<tspan>` per wrapped line.
 *
 * @example
 * ```ts
 * const { attrs, children } = spiderWebNodes(buildSpiderWeb(input));
 * attrs.viewBox; // '-190 -160 380 330'
 * ```
 */
export function spiderWebNodes(web: SpiderWeb, options: Partial<SpiderWebNodeOptions> = {}): SvgNode {
  const className = options.className ?? 'relcap-web';
  const f = web.fontSize;
  const children: SvgNode[] = [{ name: 'title', attrs: {}, text: web.ariaLabel }];
  const grid: SvgNode[] = web.rings.map((r) => ({ name: 'circle', attrs: { r: r.r, fill: 'none', stroke: GRID, 'stroke-width': 1 } }));
  for (const r of web.rings) {
    if (r.label === null) continue;
    const attrs = { x: r.label.x, y: r.label.y, 'font-size': f * 0.8, fill: '#6b7280', 'text-anchor': 'middle', stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' };
    grid.push({ name: 'text', attrs, text: r.label.text });
  }
  children.push({ name: 'g', attrs: { class: 'relcap-web-grid' }, children: grid });
  children.push({
    name: 'g',
    attrs: { class: 'relcap-web-spokes' },
    children: web.spokes.map((s) => ({ name: 'line', attrs: { x1: 0, y1: 0, x2: s.x, y2: s.y, stroke: GRID, 'data-axis': s.key } })),
  });
  for (const s of web.series) {
    const parts: SvgNode[] = [];
    if (s.band !== null) {
      parts.push({ name: 'path', attrs: { class: 'relcap-web-band', d: s.band, fill: s.colour, 'fill-opacity': 0.18, 'fill-rule': 'evenodd', stroke: 'none' } });
    }
    if (s.line !== null) {
      parts.push({
        name: 'path',
        attrs: { class: 'relcap-web-line', d: s.line, fill: s.lineFill > 0 ? s.colour : 'none', 'fill-opacity': s.lineFill > 0 ? s.lineFill : undefined, stroke: s.colour, 'stroke-width': 2 },
      });
    }
    for (const m of s.markers) parts.push({ name: 'circle', attrs: { class: 'relcap-web-marker', cx: m.x, cy: m.y, r: 3, fill: s.colour, 'data-axis': m.axis } });
    for (const p of s.points) {
      parts.push({
        name: 'circle',
        attrs: { class: 'relcap-web-point', cx: p.x, cy: p.y, r: 2.5, fill: '#ffffff', stroke: s.colour, 'stroke-width': 1.5, 'data-axis': p.axis },
        children: [{ name: 'title', attrs: {}, text: `${p.who}: ${p.value}` }],
      });
    }
    children.push({ name: 'g', attrs: { class: 'relcap-web-series', 'data-series': s.id }, children: parts });
  }
  children.push({
    name: 'g',
    attrs: { class: 'relcap-web-labels', 'font-size': f, fill: INK },
    children: web.labels.map((l) => ({
      name: 'text',
      attrs: {
        x: l.x,
        y: l.y,
        'text-anchor': l.anchor,
        'data-axis': l.key,
        class: l.flagged ? 'relcap-web-flagged' : undefined,
        'font-weight': l.flagged ? 'bold' : undefined,
        'text-decoration': l.flagged ? 'underline' : undefined,
      },
      children: l.lines.map((line, i) => ({ name: 'tspan', attrs: { x: l.x, dy: i === 0 ? undefined : l.lineHeight }, text: line })),
    })),
  });
  if (web.legend.length > 0) {
    children.push({
      name: 'g',
      attrs: { class: 'relcap-web-legend', 'font-size': f, fill: INK },
      children: web.legend.flatMap((l) => [
        { name: 'rect', attrs: { x: l.x, y: l.y - f * 0.8, width: 12, height: f * 0.8, fill: l.colour } },
        { name: 'text', attrs: { x: l.x + 16, y: l.y }, text: l.text },
      ]),
    });
  }
  if (web.caption !== null) {
    children.push({ name: 'text', attrs: { class: 'relcap-web-caption', x: web.caption.x, y: web.caption.y, 'font-size': f * 0.9, fill: '#4b5563' }, text: web.caption.text });
  }
  const [x, y, w, h] = web.viewBox.map((v) => Math.round(v * 100) / 100);
  return { name: 'svg', attrs: { viewBox: `${x} ${y} ${w} ${h}`, class: className, role: 'img', 'aria-label': web.ariaLabel }, children };
}

import { select, type Selection } from 'd3';
import type { Scene, SceneEdge, SceneNode } from '../scene/types';
import { edgeAriaLabel } from './aria';
import { edgeGeometry } from './geometry';
import { drawNode } from './draw-node';
import { ensureMarkers, markerId } from './markers';

/** Font stack of every text: system fonts only, nothing is fetched. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

/** What `drawScene` needs besides the scene: a prefix that makes marker ids unique per map. */
export interface DrawContext {
  readonly prefix: string;
  /** Padding around the scene bounds in the viewBox, in scene units. */
  readonly padding: number;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The layer groups of a drawn map, bottom to top. */
export interface SceneLayers {
  readonly viewport: G;
  readonly rings: G;
  readonly ringLabels: G;
  readonly edges: G;
  readonly labels: G;
  readonly nodes: G;
}

/**
 * The layer groups of a drawn map, created once per `<svg>` (rings, edges, ring labels, edge
 * labels, nodes, in that order inside `g.relcap-viewport`).
 *
 * @example
 * ```ts
 * sceneLayers(svg).nodes.selectAll('g.relcap-node').size();
 * ```
 */
export function sceneLayers(svg: SVGSVGElement): SceneLayers {
  const root = select(svg);
  let viewport = root.select<SVGGElement>(':scope > g.relcap-viewport');
  if (viewport.empty()) {
    viewport = root.append('g').attr('class', 'relcap-viewport');
    for (const name of ['rings', 'edges', 'ring-labels', 'edge-labels', 'nodes']) viewport.append('g').attr('class', `relcap-${name}`);
  }
  const pick = (name: string): G => viewport.select<SVGGElement>(`:scope > g.relcap-${name}`);
  return { viewport: viewport as G, rings: pick('rings'), ringLabels: pick('ring-labels'), edges: pick('edges'), labels: pick('edge-labels'), nodes: pick('nodes') };
}

/**
 * Draws a scene into an `<svg>` with d3 data joins keyed by id (calling it again updates in
 * place). Every look is an attribute, so a serialised copy is a standalone SVG. Text goes in
 * with `.text()` only: labels are never markup. Nodes and relations are focusable
 * (`tabindex="0"`) with an `aria-label`; relations carry `data-style`, `data-gap`, `data-source`
 * and `data-target`, nodes `data-id`, `data-shape` and `data-coordinator`.
 *
 * @example
 * ```ts
 * drawScene(svgElement, buildScene(map), { prefix: 'm1', padding: 40 });
 * ```
 */
export function drawScene(svg: SVGSVGElement, scene: Scene, ctx: DrawContext): void {
  select(svg)
    .attr('viewBox', viewBox(scene.bounds, ctx.padding))
    .attr('font-family', FONT_FAMILY)
    .attr('role', 'group')
    .attr('aria-label', scene.title);
  ensureMarkers(svg, scene, ctx.prefix);
  const l = sceneLayers(svg);
  drawRings(l, scene);
  l.nodes
    .selectAll<SVGGElement, SceneNode>('g.relcap-node')
    .data(scene.nodes, (d) => d.id)
    .join('g')
    .attr('class', 'relcap-node')
    .each(function (d) {
      drawNode(this, d, scene);
    });
  drawEdges(svg, scene, ctx);
}

/**
 * Draws the rings and their labels (keyed by ring index) into their layers.
 *
 * @example
 * ```ts
 * drawRings(sceneLayers(svg), scene);
 * ```
 */
export function drawRings(l: SceneLayers, scene: Scene): void {
  l.rings
    .selectAll<SVGCircleElement, Scene['rings'][number]>('circle.relcap-ring')
    .data(scene.rings, (d) => String(d.index))
    .join('circle')
    .attr('class', 'relcap-ring')
    .attr('aria-hidden', 'true')
    .attr('data-ring', (d) => d.index)
    .attr('r', (d) => d.radius)
    .attr('fill', 'none')
    .attr('stroke', '#c9ced6')
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '2 6');
  l.ringLabels
    .selectAll<SVGTextElement, Scene['rings'][number]>('text')
    .data(scene.rings, (d) => String(d.index))
    .join('text')
    .attr('aria-hidden', 'true')
    .attr('x', (d) => d.radius * Math.cos(d.labelAngle ?? -Math.PI / 2))
    .attr('y', (d) => d.radius * Math.sin(d.labelAngle ?? -Math.PI / 2) + 5)
    .attr('text-anchor', 'middle')
    .attr('font-size', 15)
    .attr('font-style', 'italic')
    .attr('fill', '#6b7280')
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 5)
    .attr('paint-order', 'stroke')
    .attr('pointer-events', 'none')
    .text((d) => d.label[scene.lang]);
}

/** Minimum width and height of the view in scene units, so a map of 3 actors is not blown up. */
const MIN_VIEW = { width: 1000, height: 760 };

/**
 * The viewBox around the scene bounds plus padding, at least 1000 x 760 user units (centred).
 *
 * @example
 * ```ts
 * viewBox({ minX: -10, minY: -10, maxX: 10, maxY: 10 }, 0); // '-500 -380 1000 760'
 * ```
 */
export function viewBox(b: Scene['bounds'], padding: number): string {
  const w = Math.max(b.maxX - b.minX + 2 * padding, MIN_VIEW.width);
  const h = Math.max(b.maxY - b.minY + 2 * padding, MIN_VIEW.height);
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  return `${cx - w / 2} ${cy - h / 2} ${w} ${h}`;
}

/**
 * Redraws node positions and the relations (after a drag) without rebuilding the nodes.
 *
 * @example
 * ```ts
 * drawPositions(svg, moveNode(scene, 'laerer', 10, 20), ctx);
 * ```
 */
export function drawPositions(svg: SVGSVGElement, scene: Scene, ctx: DrawContext): void {
  const l = sceneLayers(svg);
  l.nodes
    .selectAll<SVGGElement, SceneNode>('g.relcap-node')
    .data(scene.nodes, (d) => d.id)
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  drawEdges(svg, scene, ctx);
}

function drawEdges(svg: SVGSVGElement, scene: Scene, ctx: DrawContext): void {
  const l = sceneLayers(svg);
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const labels = new Map(scene.nodes.map((n) => [n.id, n.label]));
  const geo = new Map(
    scene.edges.map((e) => {
      const style = scene.styles[e.style];
      return [e.id, edgeGeometry(e, byId.get(e.source)!, byId.get(e.target)!, { zigzag: style.zigzag, endGap: e.directed ? 3 : 0 })];
    }),
  );
  l.edges
    .selectAll<SVGGElement, SceneEdge>('g.relcap-edge')
    .data(scene.edges, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'relcap-edge').attr('tabindex', 0).attr('role', 'button');
      g.append('path').attr('class', 'relcap-hit').attr('fill', 'none').attr('stroke', 'transparent').attr('stroke-width', 16);
      g.append('path').attr('class', 'relcap-line').attr('fill', 'none');
      return g;
    })
    .attr('data-id', (d) => d.id)
    .attr('data-style', (d) => d.style)
    .attr('data-gap', (d) => String(d.gap))
    .attr('data-source', (d) => d.source)
    .attr('data-target', (d) => d.target)
    .attr('aria-label', (d) => edgeAriaLabel(d, scene, labels))
    .each(function (d) {
      const style = scene.styles[d.style];
      const g = select(this);
      const path = geo.get(d.id)!.d;
      g.select('path.relcap-hit').attr('d', path);
      g.select('path.relcap-line')
        .attr('d', path)
        .attr('stroke', style.color)
        .attr('stroke-width', style.width)
        .attr('stroke-dasharray', style.dash === '' ? null : style.dash)
        .attr('stroke-linecap', style.dash.startsWith('0.1') ? 'round' : 'butt')
        .attr('stroke-linejoin', 'round')
        .attr('marker-end', d.directed ? `url(#${markerId(ctx.prefix, d.style)})` : null);
    });
  l.labels
    .selectAll<SVGTextElement, SceneEdge>('text')
    .data(
      scene.edges.filter((e) => e.label !== ''),
      (d) => d.id,
    )
    .join('text')
    .attr('data-edge', (d) => d.id)
    .attr('x', (d) => geo.get(d.id)!.mid.x)
    .attr('y', (d) => geo.get(d.id)!.mid.y + 5)
    .attr('text-anchor', 'middle')
    .attr('font-size', 15)
    .attr('font-weight', 700)
    .attr('fill', (d) => scene.styles[d.style].color)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 5)
    .attr('paint-order', 'stroke')
    .attr('stroke-linejoin', 'round')
    .attr('pointer-events', 'none')
    .text((d) => d.label);
}

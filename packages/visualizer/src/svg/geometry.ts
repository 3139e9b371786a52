import type { NodeShape, SceneEdge, SceneNode } from '../scene/types';

/** A point in scene coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The drawn path of an edge and where its label goes. */
export interface EdgeGeometry {
  /** SVG path data. */
  readonly d: string;
  /** Point halfway along the line, for the score label. */
  readonly mid: Point;
}

/** Distance from a node's centre to its outline, roughly, for trimming lines at the shape. */
export function outlineRadius(node: Pick<SceneNode, 'radius' | 'shape'>): number {
  const { radius: r, shape } = node;
  if (shape === 'oval') return r * 1.1;
  if (shape === 'diamond') return r * 1.15;
  if (shape === 'square') return r * 1.05;
  return r;
}

/**
 * SVG path data of a node outline centred on (0, 0): circle, square (permanently based), oval
 * (fixed collaboration), diamond (ad hoc), after Statens Institut for Folkesundhed, "Det gode samarbejde om børn og unge i mistrivsel", Sønderborg.
 *
 * @example
 * ```ts
 * nodeShapePath('diamond', 20); // 'M0,-26 L26,0 L0,26 L-26,0 Z'
 * ```
 */
export function nodeShapePath(shape: NodeShape, r: number): string {
  const f = (v: number): string => String(Math.round(v * 100) / 100);
  switch (shape) {
    case 'square': {
      const h = r * 0.9;
      return `M${f(-h)},${f(-h)} H${f(h)} V${f(h)} H${f(-h)} Z`;
    }
    case 'oval': {
      const rx = r * 1.35;
      const ry = r * 0.82;
      return `M${f(-rx)},0 A${f(rx)},${f(ry)} 0 1,0 ${f(rx)},0 A${f(rx)},${f(ry)} 0 1,0 ${f(-rx)},0 Z`;
    }
    case 'diamond': {
      const h = r * 1.3;
      return `M0,${f(-h)} L${f(h)},0 L0,${f(h)} L${f(-h)},0 Z`;
    }
    default:
      return `M${f(-r)},0 A${f(r)},${f(r)} 0 1,0 ${f(r)},0 A${f(r)},${f(r)} 0 1,0 ${f(-r)},0 Z`;
  }
}

/**
 * Control point of an edge's quadratic curve: `curvature x length` to the left of the midpoint of
 * the pair's canonical line (smaller id to larger), as documented on `SceneEdge.curvature`.
 */
export function controlPoint(edge: Pick<SceneEdge, 'source' | 'target' | 'curvature'>, s: Point, t: Point): Point {
  const [a, b] = edge.source < edge.target ? [s, t] : [t, s];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return { x: (a.x + b.x) / 2 + edge.curvature * dy, y: (a.y + b.y) / 2 - edge.curvature * dx };
}

const toward = (from: Point, to: Point, dist: number): Point => {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / len) * dist, y: from.y + (dy / len) * dist };
};

const quad = (p0: Point, c: Point, p2: Point, t: number): Point => ({
  x: (1 - t) ** 2 * p0.x + 2 * (1 - t) * t * c.x + t ** 2 * p2.x,
  y: (1 - t) ** 2 * p0.y + 2 * (1 - t) * t * c.y + t ** 2 * p2.y,
});

const num = (v: number): string => (Math.round(v * 10) / 10).toString();

/**
 * The path of an edge between two placed nodes: straight or a quadratic curve (curvature),
 * trimmed at both outlines (plus `endGap`, room for an arrow head), or a zig-zag following that
 * line for stressful relations (`zigzag`: amplitude and wavelength in px).
 *
 * @example
 * ```ts
 * edgeGeometry(edge, source, target, { zigzag: false, endGap: 4 }).d; // 'M…Q…'
 * ```
 */
export function edgeGeometry(
  edge: Pick<SceneEdge, 'source' | 'target' | 'curvature'>,
  s: Pick<SceneNode, 'x' | 'y' | 'radius' | 'shape'>,
  t: Pick<SceneNode, 'x' | 'y' | 'radius' | 'shape'>,
  opts: { readonly zigzag: boolean; readonly endGap: number; readonly amplitude?: number; readonly wavelength?: number },
): EdgeGeometry {
  const c = controlPoint(edge, s, t);
  const p0 = toward(s, c, outlineRadius(s) + 2);
  const p2 = toward(t, c, outlineRadius(t) + opts.endGap);
  const mid = quad(p0, c, p2, 0.5);
  if (!opts.zigzag) {
    const d = edge.curvature === 0 ? `M${num(p0.x)},${num(p0.y)} L${num(p2.x)},${num(p2.y)}` : `M${num(p0.x)},${num(p0.y)} Q${num(c.x)},${num(c.y)} ${num(p2.x)},${num(p2.y)}`;
    return { d, mid };
  }
  const amp = opts.amplitude ?? 5;
  const wave = opts.wavelength ?? 12;
  const len = Math.hypot(c.x - p0.x, c.y - p0.y) + Math.hypot(p2.x - c.x, p2.y - c.y);
  const steps = Math.max(2, Math.round(len / (wave / 2)));
  const parts: string[] = [`M${num(p0.x)},${num(p0.y)}`];
  for (let i = 1; i <= steps; i++) {
    const u = i / steps;
    const p = quad(p0, c, p2, u);
    const q = quad(p0, c, p2, Math.min(1, u + 0.001));
    const r = quad(p0, c, p2, Math.max(0, u - 0.001));
    const tx = q.x - r.x;
    const ty = q.y - r.y;
    const tl = Math.hypot(tx, ty) || 1;
    const off = i === steps ? 0 : (i % 2 === 0 ? -1 : 1) * amp;
    parts.push(`L${num(p.x + (ty / tl) * off)},${num(p.y - (tx / tl) * off)}`);
  }
  return { d: parts.join(' '), mid };
}

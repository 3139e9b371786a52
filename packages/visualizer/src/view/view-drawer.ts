import type { Lang, Scene, SceneEdge, SceneNode } from '../scene/types';
import { drawRings, FONT_FAMILY, sceneLayers, viewBox } from '../svg/draw-scene';
import { drawNode } from '../svg/draw-node';
import { ensureMarkers } from '../svg/markers';
import { setAttr } from './dom-attr';
import { createEdgeElement, placeEdge, updateEdgeElement } from './draw-edge';
import { ringsSignature, sameEdge, sameNodeGeometry, sameNodeLook, stylesSignature } from './scene-diff';

/** The incremental drawing of one view: what was drawn last, and how to bring it up to date. */
export interface ViewDrawer {
  /** Brings the DOM up to the scene, touching only elements whose data changed; returns the ids of new elements. */
  draw(scene: Scene): readonly string[];
  /** Moves an actor and its lines during a drag, without a redraw (until the next `draw`). */
  moveLive(id: string, x: number, y: number): void;
  /** True while a drag has moved something the last drawn scene does not know about. */
  readonly dirty: boolean;
  node(id: string): SceneNode | undefined;
  nodeElement(id: string): SVGGElement | undefined;
  edgeElement(id: string): SVGGElement | undefined;
  /** Focusable items in keyboard order: actors in scene order, then relations. */
  items(): Element[];
}

/**
 * Creates the incremental drawer of an `<svg>`: nodes and edges are keyed d3 data joins (by
 * id); an element whose datum (and whose ends, for a relation) did not change is not touched,
 * so the cost of a redraw is one comparison per element plus the work on what changed. Rings,
 * markers and the viewBox are rewritten only when they change.
  *
 * @example
 * ```ts
 * const drawer = createViewDrawer(svg, 'm1', () => 48);
 * drawer.draw(scene); drawer.moveLive('laerer', 10, 20);
 * ```
 */
export function createViewDrawer(svg: SVGSVGElement, prefix: string, padding: () => number): ViewDrawer {
  const nodes = new Map<string, SceneNode>();
  const edges = new Map<string, SceneEdge>();
  const nodeEls = new Map<string, SVGGElement>();
  const edgeEls = new Map<string, SVGGElement>();
  const labelEls = new Map<string, SVGTextElement>();
  const live = new Map<string, { x: number; y: number }>();
  let last: Scene | null = null;
  let adjacency: Map<string, string[]> | null = null;
  let styles = '';
  let rings = '';
  let lang: Lang | null = null;
  const l = sceneLayers(svg);

  const draw = (scene: Scene): readonly string[] => {
    setAttr(svg, 'viewBox', viewBox(scene.bounds, padding()));
    setAttr(svg, 'font-family', FONT_FAMILY);
    setAttr(svg, 'role', 'group');
    setAttr(svg, 'aria-label', scene.title);
    const sSig = stylesSignature(scene);
    const stylesChanged = sSig !== styles;
    if (stylesChanged) ensureMarkers(svg, scene, prefix);
    styles = sSig;
    const rSig = ringsSignature(scene);
    if (rSig !== rings) drawRings(l, scene);
    rings = rSig;
    const langChanged = scene.lang !== lang;
    lang = scene.lang;
    const moved = new Set<string>(live.keys());
    const relabelled = new Set<string>();
    const entered: string[] = [];
    const redraw = (el: SVGGElement, d: SceneNode): void => {
      const tab = el.getAttribute('tabindex') ?? '-1';
      drawNode(el, d, scene);
      setAttr(el, 'tabindex', tab);
    };

    const sel = l.nodes.selectChildren<SVGGElement, SceneNode>('g.relcap-node').data(scene.nodes, (d) => d.id);
    if (!sel.exit().empty()) {
      const keep = new Set(scene.nodes.map((n) => n.id));
      sel.exit<SceneNode>().each((d) => {
        if (!keep.has(d.id)) nodeEls.delete(d.id);
      });
      sel.exit().remove();
    }
    sel
      .enter()
      .append('g')
      .attr('class', 'relcap-node')
      .each(function (d) {
        redraw(this, d);
        nodeEls.set(d.id, this);
        entered.push(d.id);
      });
    sel.each(function (d) {
      const prev = nodes.get(d.id);
      if (prev === undefined || !sameNodeLook(prev, d) || langChanged || (stylesChanged && d.selfTie !== undefined)) redraw(this, d);
      else setAttr(this, 'transform', `translate(${d.x},${d.y})`);
      if (prev === undefined || !sameNodeGeometry(prev, d)) moved.add(d.id);
      if (prev === undefined || prev.label !== d.label) relabelled.add(d.id);
    });
    nodes.clear();
    for (const n of scene.nodes) nodes.set(n.id, n);

    const update = (el: SVGGElement, d: SceneEdge): void => {
      const s = nodes.get(d.source);
      const t = nodes.get(d.target);
      if (s === undefined || t === undefined) return;
      const label = updateEdgeElement(el, d, s, t, scene, prefix, l.labels.node()!, labelEls.get(d.id));
      if (label === undefined) labelEls.delete(d.id);
      else labelEls.set(d.id, label);
    };
    const esel = l.edges.selectChildren<SVGGElement, SceneEdge>('g.relcap-edge').data(scene.edges, (d) => d.id);
    if (!esel.exit().empty()) {
      const keep = new Set(scene.edges.map((e) => e.id));
      esel.exit<SceneEdge>().each((d) => {
        if (keep.has(d.id)) return;
        edgeEls.delete(d.id);
        labelEls.get(d.id)?.remove();
        labelEls.delete(d.id);
      });
      esel.exit().remove();
    }
    esel
      .enter()
      .append((d) => {
        const el = createEdgeElement(svg.ownerDocument);
        edgeEls.set(d.id, el);
        entered.push(d.id);
        return el;
      })
      .each(function (d) {
        update(this, d);
      });
    esel.each(function (d) {
      const prev = edges.get(d.id);
      const same =
        prev !== undefined &&
        sameEdge(prev, d) &&
        !stylesChanged &&
        !langChanged &&
        !moved.has(d.source) &&
        !moved.has(d.target) &&
        !relabelled.has(d.source) &&
        !relabelled.has(d.target);
      if (!same) update(this, d);
    });
    edges.clear();
    for (const e of scene.edges) edges.set(e.id, e);
    last = scene;
    live.clear();
    adjacency = null;
    return entered;
  };

  const moveLive = (id: string, x: number, y: number): void => {
    const n = nodes.get(id);
    const el = nodeEls.get(id);
    if (n === undefined || el === undefined || last === null) return;
    live.set(id, { x, y });
    setAttr(el, 'transform', `translate(${x},${y})`);
    adjacency ??= incident(last.edges);
    const at = (m: SceneNode): SceneNode => {
      const p = live.get(m.id);
      return p === undefined ? m : { ...m, x: p.x, y: p.y };
    };
    for (const eid of adjacency.get(id) ?? []) {
      const e = edges.get(eid);
      const g = edgeEls.get(eid);
      const s = e === undefined ? undefined : nodes.get(e.source);
      const t = e === undefined ? undefined : nodes.get(e.target);
      if (e === undefined || g === undefined || s === undefined || t === undefined) continue;
      placeEdge(g, e, at(s), at(t), last, l.labels.node()!, labelEls.get(eid));
    }
  };

  return {
    draw,
    moveLive,
    get dirty() {
      return live.size > 0;
    },
    node: (id) => nodes.get(id),
    nodeElement: (id) => nodeEls.get(id),
    edgeElement: (id) => edgeEls.get(id),
    items: () => [...l.nodes.node()!.children, ...l.edges.node()!.children],
  };
}

function incident(edges: readonly SceneEdge[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const list = out.get(end) ?? [];
      list.push(e.id);
      out.set(end, list);
    }
  }
  return out;
}

import type { Scene } from '../scene/types';
import { outlineRadius } from '../svg/geometry';
import { setAttr, setText } from './dom-attr';
import type { Highlight } from './highlight';
import type { ViewDrawer } from './view-drawer';
import { VIEW_STRINGS } from './view-strings';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The view's own marks above the map (never exported) and its live region. */
export interface ViewOverlay {
  /** Places the connect handle on the selected actor and says what linking is going on. */
  show(scene: Scene, highlight: Highlight, connectable: boolean, drawer: ViewDrawer): void;
  /** Keeps the handle on an actor being dragged. */
  follow(id: string, x: number, y: number, drawer: ViewDrawer): void;
  /** Draws the rubber band of a link being dragged, or hides it (null). */
  preview(from: { x: number; y: number } | null, to?: { x: number; y: number }): void;
  remove(): void;
}

/**
 * Creates the overlay of a view: a group above the map with the connect handle (a "+" on the
 * right of the selected actor; drag from it to another actor to connect) and the rubber band,
 * and a visually hidden live region beside the `<svg>` that announces the linking state in the
 * scene's language.
  *
 * @example
 * ```ts
 * const overlay = createOverlay(svg, host);
 * overlay.show(scene, { selected: 'laerer' }, true, drawer);
 * ```
 */
export function createOverlay(svg: SVGSVGElement, host: HTMLElement): ViewOverlay {
  const doc = svg.ownerDocument;
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'relcap-overlay');
  const band = doc.createElementNS(SVG_NS, 'line');
  band.setAttribute('class', 'relcap-link-preview');
  band.setAttribute('stroke', '#2563eb');
  band.setAttribute('stroke-width', '3');
  band.setAttribute('stroke-dasharray', '8 6');
  band.setAttribute('pointer-events', 'none');
  band.setAttribute('display', 'none');
  const port = doc.createElementNS(SVG_NS, 'g');
  port.setAttribute('class', 'relcap-port');
  port.setAttribute('display', 'none');
  port.setAttribute('aria-hidden', 'true');
  const circle = doc.createElementNS(SVG_NS, 'circle');
  circle.setAttribute('r', '11');
  circle.setAttribute('fill', '#2563eb');
  circle.setAttribute('stroke', '#ffffff');
  circle.setAttribute('stroke-width', '2');
  const plus = doc.createElementNS(SVG_NS, 'path');
  plus.setAttribute('d', 'M-5,0 H5 M0,-5 V5');
  plus.setAttribute('stroke', '#ffffff');
  plus.setAttribute('stroke-width', '2.5');
  plus.setAttribute('pointer-events', 'none');
  const title = doc.createElementNS(SVG_NS, 'title');
  port.append(circle, plus, title);
  g.append(band, port);
  svg.append(g);
  const status = doc.createElement('div');
  status.className = 'relcap-view-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('style', 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap');
  host.append(status);

  const place = (id: string, x: number, y: number, drawer: ViewDrawer): void => {
    const n = drawer.node(id);
    if (n === undefined) return;
    setAttr(port, 'transform', `translate(${x + outlineRadius(n) + 14},${y})`);
  };

  return {
    show(scene, highlight, connectable, drawer) {
      const linking = highlight.linking === undefined ? undefined : drawer.node(highlight.linking);
      setText(status, linking === undefined ? '' : VIEW_STRINGS[scene.lang].linking(linking.label));
      const sel = highlight.selected === undefined ? undefined : drawer.node(highlight.selected);
      if (!connectable || sel === undefined || linking !== undefined) {
        setAttr(port, 'display', 'none');
        return;
      }
      setAttr(port, 'display', null);
      setAttr(port, 'data-for', sel.id);
      setText(title, VIEW_STRINGS[scene.lang].port(sel.label));
      place(sel.id, sel.x, sel.y, drawer);
    },
    follow(id, x, y, drawer) {
      if (port.getAttribute('data-for') === id && port.getAttribute('display') !== 'none') place(id, x, y, drawer);
    },
    preview(from, to) {
      if (from === null || to === undefined) {
        setAttr(band, 'display', 'none');
        return;
      }
      setAttr(band, 'display', null);
      setAttr(band, 'x1', String(from.x));
      setAttr(band, 'y1', String(from.y));
      setAttr(band, 'x2', String(to.x));
      setAttr(band, 'y2', String(to.y));
    },
    remove() {
      g.remove();
      status.remove();
    },
  };
}

import { RelcapError } from '@relcap/core';
import { exportPng as svgToPng } from '../export/export-png';
import { exportSvg as serialiseSvg } from '../export/export-svg';
import { createEmitter } from '../mount/emitter';
import type { Scene } from '../scene/types';
import { applyHighlight } from './apply-highlight';
import { type Highlight, NO_HIGHLIGHT } from './highlight';
import { bindKeyboard } from './keyboard';
import { DEFAULT_MAP_VIEW_OPTIONS, type MapTarget, type MapViewEvents, type MapViewHandle, type MapViewOptions } from './map-view-types';
import { bindPointer } from './pointer';
import { createViewDrawer } from './view-drawer';
import { createOverlay } from './view-overlay';

const SVG_NS = 'http://www.w3.org/2000/svg';
let views = 0;

/**
 * A controlled SVG view of a scene: it draws exactly the `{ scene, highlight }` it is given with
 * every `render` (keeping no copy of the map), and emits intents (`select`, `hover`, `move`,
 * `moveEnd`, `connect`, `link`, `activate`, `delete`, `nudge`) that the owner of the state turns
 * into the next scene and highlight. While an actor is dragged the view moves it and its lines
 * itself (`move`), and emits one `moveEnd` on release for the owner to commit as one step.
 * Redraws are incremental: nodes and relations are keyed d3 joins and an element whose data did
 * not change is not touched, so an edit costs the comparison of each element plus the work on
 * what changed. Mouse, touch and pen go through pointer events; every actor and relation is
 * focusable with an accessible name (label, profession, relation kind in the scene's language).
 * Labels are text, never markup; nothing is fetched.
 *
 * @example
 * ```ts
 * let highlight: Highlight = {};
 * const view = createMapView(document.getElementById('map')!, { linkOnTap: true });
 * const draw = (): void => view.render({ scene, highlight });
 * view.on('select', (t) => { highlight = { ...highlight, selected: t?.id }; draw(); });
 * view.on('link', ({ source }) => { highlight = { ...highlight, linking: source ?? undefined }; draw(); });
 * view.on('connect', ({ source, target }) => { highlight = { selected: target }; scene = addRelation(scene, source, target); draw(); });
 * view.on('moveEnd', ({ id, x, y }) => { scene = placeActor(scene, id, x, y); draw(); });
 * draw();
 * view.destroy();
 * ```
 */
export function createMapView(element: HTMLElement, options: Partial<MapViewOptions> = {}): MapViewHandle {
  if (typeof element?.ownerDocument?.createElementNS !== 'function') {
    throw new RelcapError('RELCAP_VIS_BAD_ELEMENT', 'createMapView: the first argument is not a DOM element', { expected: 'an HTMLElement in a document' });
  }
  let opts: MapViewOptions = { ...DEFAULT_MAP_VIEW_OPTIONS, ...options };
  const doc = element.ownerDocument;
  const prefix = `relcapv${++views}`;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'relcap-map');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  svg.style.touchAction = 'none';
  // The drawing itself is no tab stop (Chromium would make it one); its actors and relations are.
  svg.setAttribute('tabindex', '-1');
  element.append(svg);
  const drawer = createViewDrawer(svg, prefix, () => opts.padding);
  const overlay = createOverlay(svg, element);
  const emitter = createEmitter<MapViewEvents>();
  let scene: Scene | null = null;
  let highlight: Highlight = NO_HIGHLIGHT;
  let destroyed = false;

  const find = (id: string): Element | undefined => drawer.nodeElement(id) ?? drawer.edgeElement(id);
  const tap = (target: MapTarget | null): void => {
    const linking = highlight.linking;
    if (target?.kind === 'actor') {
      if (linking !== undefined && opts.connectable) {
        if (linking === target.id) emitter.emit('link', { source: null });
        else emitter.emit('connect', { source: linking, target: target.id });
        return;
      }
      emitter.emit('select', target);
      if (opts.linkOnTap && opts.connectable) emitter.emit('link', { source: target.id });
      return;
    }
    if (linking !== undefined) emitter.emit('link', { source: null });
    emitter.emit('select', target);
  };
  const unbindPointer = bindPointer({
    svg,
    drawer,
    options: () => opts,
    highlight: () => highlight,
    emit: emitter.emit,
    tap,
    preview: overlay.preview,
    moved: (id, x, y) => overlay.follow(id, x, y, drawer),
  });
  const keyboard = bindKeyboard({ svg, options: () => opts, highlight: () => highlight, emit: emitter.emit, tap, items: drawer.items });

  const exportText = (o: Parameters<MapViewHandle['exportSvg']>[0] = {}): string => {
    if (destroyed) throw new RelcapError('RELCAP_VIS_DESTROYED', 'createMapView: exportSvg() called after destroy()');
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.querySelector('.relcap-overlay')?.remove();
    return serialiseSvg(clone, {
      title: o.title ?? scene?.title ?? '',
      legend: o.legend ?? [],
      lang: scene?.lang ?? 'da',
      mapHeight: o.mapHeight ?? 820,
      ...(o.subtitle !== undefined ? { subtitle: o.subtitle } : {}),
    });
  };

  return {
    svg,
    render(input) {
      if (destroyed) return;
      if (input.scene !== scene || drawer.dirty) {
        const active = doc.activeElement;
        const focused = active !== null && svg.contains(active) ? drawer.items().indexOf(active) : -1;
        drawer.draw(input.scene);
        scene = input.scene;
        keyboard.settle(focused >= 0 ? focused : null);
      }
      applyHighlight(highlight, input.highlight, find);
      highlight = input.highlight;
      overlay.show(input.scene, highlight, opts.connectable, drawer);
    },
    on(event, fn) {
      if (destroyed) return () => {};
      return emitter.on(event, fn);
    },
    setOptions(next) {
      if (destroyed) return;
      opts = { ...opts, ...next };
      if (scene !== null) overlay.show(scene, highlight, opts.connectable, drawer);
    },
    exportSvg: exportText,
    exportPng(o = {}) {
      return svgToPng(exportText(o), o);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unbindPointer();
      keyboard.unbind();
      emitter.clear();
      overlay.remove();
      svg.remove();
    },
  };
}

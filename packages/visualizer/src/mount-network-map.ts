import { type NetworkMap, polarFromXY, RelcapError, validateMap } from '@relcap/core';
import type { ExportPngOptions } from './export/export-png';
import { createEmitter } from './mount/emitter';
import { DEFAULT_MOUNT_OPTIONS, type MountOptionsInput, mergeMountOptions, type NetworkMapEvents } from './mount/mount-options';
import { createSkeleton } from './mount/skeleton';
import { buildScene } from './scene/build-scene';
import { moveNode, sceneBounds } from './scene/scene-utils';
import type { Scene } from './scene/types';
import { type DetailsTarget, renderDetails } from './ui/details-panel';
import { drawLegend } from './ui/draw-legend';
import { detectLang } from './ui/i18n';
import { legendEntries } from './ui/legend';
import { renderSideList } from './ui/render-side-list';
import { sideListItems } from './ui/side-list';
import { createMapView } from './view/create-map-view';
import type { Highlight } from './view/highlight';

/** A mounted map: the only long-lived state of the visualizer, released by `destroy()`. */
export interface NetworkMapHandle {
  /** Draws another map (validated first; on a `MapValidationError` the current map stays). */
  update(map: NetworkMap): void;
  /** Changes options (language, gaps, styles, legend, ...) and redraws. */
  setOptions(options: MountOptionsInput): void;
  /** Listens to `select`, `hover` or `change`; returns a function that stops listening. */
  on<K extends keyof NetworkMapEvents>(event: K, fn: (payload: NetworkMapEvents[K]) => void): () => void;
  /** A standalone SVG document of the map with its title and legend. */
  exportSvg(): string;
  /** The same as a PNG, `scale` pixels per unit (default 2). */
  exportPng(options?: Partial<ExportPngOptions>): Promise<Blob>;
  /** Removes the map's DOM and listeners. Safe to call more than once. */
  destroy(): void;
  /** The current map (with positions the user pinned by dragging). */
  readonly map: NetworkMap;
  /** The current scene (plain data), e.g. for a WebGL view of the same map. */
  readonly scene: Scene;
}

/**
 * Draws a network map (child-centred or a role network) into `element` with the SVG renderer,
 * with a legend, a list of warnings, missing and weak relations, and a details panel with a
 * radar chart. No globals, no network requests; labels are text. The map is validated first
 * (`validateMap`): an invalid map throws `MapValidationError` and nothing is drawn.
 *
 * This is the embedding wrapper over the controlled view (`createMapView`): it keeps the map,
 * the scene and the highlight, and turns the view's intents into them (a drag or an arrow key
 * pins the actor and reports the new map as `change`; Enter or Space selects).
 *
 * @example
 * ```ts
 * const handle = mountNetworkMap(document.getElementById('map')!, map, { lang: 'en', showGaps: true });
 * handle.on('select', (target) => console.log(target));
 * const svgText = handle.exportSvg();
 * handle.destroy();
 * ```
 */
export function mountNetworkMap(element: HTMLElement, map: NetworkMap, options: MountOptionsInput = {}): NetworkMapHandle {
  let current = validateMap(map);
  const navLangs = typeof navigator !== 'undefined' ? navigator.languages : [];
  let opts = mergeMountOptions({ ...DEFAULT_MOUNT_OPTIONS, lang: detectLang(navLangs) }, options);
  if (typeof element?.ownerDocument?.createElement !== 'function') {
    throw new RelcapError('RELCAP_VIS_BAD_ELEMENT', 'mountNetworkMap: the first argument is not a DOM element', { expected: 'an HTMLElement in a document' });
  }
  const emitter = createEmitter<NetworkMapEvents>();
  const sk = createSkeleton(element);
  const view = createMapView(sk.stage, { draggable: opts.draggable, connectable: false });
  let scene = buildScene(current, opts);
  let selected: DetailsTarget = null;
  let hovered: DetailsTarget = null;
  let destroyed = false;

  const highlight = (): Highlight => ({ ...(selected !== null ? { selected: selected.id } : {}), ...(hovered !== null ? { hovered: hovered.id } : {}) });
  const showDetails = (): void => {
    sk.details.hidden = !opts.details;
    if (opts.details) renderDetails(sk.details, hovered ?? selected, current, scene);
  };
  const pin = (id: string, x: number, y: number): void => {
    current = { ...current, actors: current.actors.map((a) => (a.id === id ? { ...a, position: { ...polarFromXY(x, y, opts.ringGap), pinned: true } } : a)) };
    const moved = moveNode(scene, id, x, y);
    scene = { ...moved, bounds: sceneBounds(moved.nodes, moved.rings) };
    render(false);
    emitter.emit('change', { map: current });
  };
  const select = (target: DetailsTarget): void => {
    selected = target !== null && selected?.id === target.id && selected.kind === target.kind ? null : target;
    view.render({ scene, highlight: highlight() });
    showDetails();
    emitter.emit('select', selected);
  };
  view.on('hover', (target) => {
    hovered = target;
    view.render({ scene, highlight: highlight() });
    showDetails();
    emitter.emit('hover', target);
  });
  view.on('select', select);
  view.on('activate', select);
  view.on('moveEnd', ({ id, x, y }) => pin(id, x, y));
  view.on('nudge', ({ id, dx, dy }) => {
    const n = scene.nodes.find((m) => m.id === id);
    if (opts.draggable && n !== undefined) pin(id, n.x + dx, n.y + dy);
  });

  function render(rebuild: boolean): void {
    if (rebuild) scene = buildScene(current, opts);
    view.setOptions({ draggable: opts.draggable });
    view.render({ scene, highlight: highlight() });
    sk.legend.hidden = !opts.legend.visible;
    if (opts.legend.visible) {
      const h = drawLegend(legendGroup(sk.legendSvg), legendEntries(scene, opts.legend), scene.lang);
      sk.legendSvg.setAttribute('viewBox', `0 0 330 ${h + 2}`);
      sk.legendSvg.setAttribute('aria-label', scene.lang === 'da' ? 'Signaturforklaring' : 'Legend');
      sk.legendSvg.setAttribute('role', 'img');
    }
    sk.side.hidden = !opts.sideList;
    if (opts.sideList) renderSideList(sk.side, sideListItems(current, scene), scene.lang);
    showDetails();
  }
  render(false);

  const alive = (what: string): void => {
    if (destroyed) throw new RelcapError('RELCAP_VIS_DESTROYED', `mountNetworkMap: ${what}() called after destroy()`);
  };
  const exportSvg = (): string => {
    alive('exportSvg');
    return view.exportSvg(exportOptions());
  };
  return {
    update(next) {
      if (destroyed) return;
      current = validateMap(next);
      selected = null;
      hovered = null;
      render(true);
    },
    setOptions(next) {
      if (destroyed) return;
      opts = mergeMountOptions(opts, next);
      render(true);
    },
    on(event, fn) {
      if (destroyed) return () => {};
      return emitter.on(event, fn);
    },
    exportSvg,
    exportPng(pngOptions = {}) {
      alive('exportPng');
      return view.exportPng({ ...pngOptions, ...exportOptions() });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      view.destroy();
      emitter.clear();
      sk.root.remove();
    },
    get map() {
      return current;
    },
    get scene() {
      return scene;
    },
  };

  function exportOptions(): { title: string; legend: ReturnType<typeof legendEntries>; mapHeight: number; subtitle?: string } {
    const legend = opts.legend.visible ? legendEntries(scene, opts.legend) : [];
    const subtitle = current.round !== undefined || current.createdAt !== undefined ? [current.round, current.createdAt].filter((s) => s !== undefined).join(' · ') : undefined;
    return { title: current.title, legend, mapHeight: opts.exportHeight, ...(subtitle !== undefined ? { subtitle } : {}) };
  }
}

function legendGroup(svg: SVGSVGElement): SVGGElement {
  const g = svg.querySelector('g');
  if (g !== null) return g;
  const created = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(created);
  return created;
}

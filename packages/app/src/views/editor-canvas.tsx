import { type NetworkMap, polarFromXY } from '@relcap/core';
import {
  buildScene,
  createMapView,
  DEFAULT_LEGEND_OPTIONS,
  DEFAULT_SCENE_OPTIONS,
  type DetailsTarget,
  drawLegend,
  type Highlight,
  type Lang,
  legendEntries,
  type MapViewHandle,
  renderDetails,
  renderSideList,
  sideListItems,
} from '@relcap/visualizer';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Action, Target } from '../state/types';
import type { CanvasHandle } from './context';
import { readableNames } from './readable-names';

export interface EditorCanvasProps {
  /** The map as shown (names hidden or not); ids are the state's. */
  readonly map: NetworkMap;
  readonly lang: Lang;
  readonly showGaps: boolean;
  readonly selection: Target;
  readonly linkFrom: string | null;
  readonly dispatch: (action: Action) => void;
  readonly onHandle: (handle: CanvasHandle, mounted: boolean) => void;
  readonly label: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The editor's map: @relcap/visualizer's controlled view (`createMapView`) draws the scene of the
 * state's map and the state's highlight (selection, the actor a link starts from, the hovered
 * one), and every intent becomes an action: tap → select (or connect while linking), drag from
 * the handle → connect, release → one `moveActor` (ring-relative polar, `polarFromXY`), arrow
 * keys → move, Delete → remove, `c` → start or cancel a link. Beside it the legend, the list of
 * missing and weak relations and the details panel, as in `mountNetworkMap`.
 */
export function EditorCanvas(props: EditorCanvasProps): preact.JSX.Element {
  const stage = useRef<HTMLDivElement>(null);
  const legend = useRef<SVGSVGElement>(null);
  const side = useRef<HTMLElement>(null);
  const details = useRef<HTMLElement>(null);
  const view = useRef<MapViewHandle | null>(null);
  const [hovered, setHovered] = useState<DetailsTarget>(null);
  const latest = useRef(props);
  latest.current = props;
  const options = useMemo(() => ({ ...DEFAULT_SCENE_OPTIONS, lang: props.lang, showGaps: props.showGaps }), [props.lang, props.showGaps]);
  const scene = useMemo(() => buildScene(props.map, options), [props.map, options]);
  const sceneRef = useRef(scene);
  sceneRef.current = scene;

  // A layout effect, declared first: the view exists before the effects below draw into it.
  useLayoutEffect(() => {
    const v = createMapView(stage.current!, { draggable: true, connectable: true });
    view.current = v;
    const d = (a: Action): void => latest.current.dispatch(a);
    const pos = (x: number, y: number): { angle: number; distance: number; pinned: true } => ({ ...polarFromXY(x, y, options.ringGap), pinned: true });
    const offs = [
      v.on('select', (t) => d({ type: 'select', target: t })),
      v.on('activate', (t) => d({ type: 'select', target: t })),
      v.on('hover', (t) => setHovered(t)),
      v.on('moveEnd', ({ id, x, y }) => d({ type: 'moveActor', id, position: pos(x, y) })),
      v.on('nudge', ({ id, dx, dy }) => {
        const n = sceneRef.current.nodes.find((m) => m.id === id);
        if (n !== undefined) d({ type: 'moveActor', id, position: pos(n.x + dx, n.y + dy) });
      }),
      v.on('connect', ({ source, target }) => d({ type: 'connect', source, target, strength: 'strong' })),
      v.on('link', ({ source }) => d(source === null ? { type: 'linkCancel' } : { type: 'linkStart', id: source })),
      v.on('delete', (t) => d(t.kind === 'actor' ? { type: 'removeActor', id: t.id } : { type: 'removeRelation', id: t.id })),
    ];
    const handle: CanvasHandle = {
      exportSvg: () => v.exportSvg(exportOptions(latest.current.map, sceneRef.current)),
      exportPng: (o = {}) => v.exportPng({ ...o, ...exportOptions(latest.current.map, sceneRef.current) }),
      get title() {
        return latest.current.map.title;
      },
    };
    latest.current.onHandle(handle, true);
    return () => {
      for (const off of offs) off();
      latest.current.onHandle(handle, false);
      v.destroy();
      view.current = null;
    };
  }, []);

  const highlight = useMemo((): Highlight => {
    const h: { selected?: string; hovered?: string; linking?: string } = {};
    if (props.selection !== null) h.selected = props.selection.id;
    if (hovered !== null) h.hovered = hovered.id;
    if (props.linkFrom !== null) h.linking = props.linkFrom;
    return h;
  }, [props.selection, props.linkFrom, hovered]);

  useLayoutEffect(() => {
    const v = view.current;
    if (v === null) return;
    v.render({ scene, highlight });
    readableNames(stage.current!);
  }, [scene, highlight]);

  useLayoutEffect(() => {
    const svg = legend.current!;
    let g = svg.querySelector('g');
    if (g === null) {
      g = svg.ownerDocument.createElementNS(SVG_NS, 'g');
      svg.append(g);
    }
    const h = drawLegend(g, legendEntries(scene, DEFAULT_LEGEND_OPTIONS), scene.lang);
    svg.setAttribute('viewBox', `0 0 330 ${h + 2}`);
    svg.setAttribute('aria-label', scene.lang === 'da' ? 'Signaturforklaring' : 'Legend');
    renderSideList(side.current!, sideListItems(props.map, scene), scene.lang);
  }, [scene, props.map]);

  useLayoutEffect(() => {
    renderDetails(details.current!, hovered ?? props.selection, props.map, scene);
  }, [hovered, props.selection, props.map, scene]);

  return (
    <section class="map-canvas" aria-label={props.label} data-linking={props.linkFrom !== null ? 'true' : undefined}>
      <div class="relcap-root" data-relcap-map="">
        <div class="relcap-stage" ref={stage} />
        <aside class="relcap-aside">
          <div class="relcap-legend">
            <svg ref={legend} role="img" />
          </div>
          <section class="relcap-side" ref={side} />
          <section class="relcap-details" ref={details} aria-live="polite" />
        </aside>
      </div>
    </section>
  );
}

function exportOptions(map: NetworkMap, scene: ReturnType<typeof buildScene>): { title: string; legend: ReturnType<typeof legendEntries>; mapHeight: number; subtitle?: string } {
  const subtitle = [map.round, map.createdAt].filter((s) => s !== undefined).join(' · ');
  return { title: map.title, legend: legendEntries(scene, DEFAULT_LEGEND_OPTIONS), mapHeight: 820, ...(subtitle !== '' ? { subtitle } : {}) };
}

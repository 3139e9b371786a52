import type { ActorPosition, NetworkMap } from '@relcap/core';
import { type Lang, mountNetworkMap, type NetworkMapHandle } from '@relcap/visualizer';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Target } from '../state/types';
import type { CanvasHandle } from './context';
import { readableNames } from './readable-names';

/** What the canvas reports back: intents only; it never changes the map itself. */
export interface CanvasIntents {
  readonly onSelect?: (target: Target) => void;
  /** An actor was dropped (once, on release): its new position. */
  readonly onMoveEnd?: (id: string, position: ActorPosition) => void;
}

export interface MapCanvasProps extends CanvasIntents {
  readonly map: NetworkMap;
  readonly lang: Lang;
  readonly showGaps?: boolean;
  readonly draggable?: boolean;
  readonly selection?: Target;
  readonly linkFrom?: string | null;
  /** Extra class on the host (e.g. the comparison's colours). */
  readonly className?: string;
  /** Receives the mounted view (for exports), and again with `false` when it goes. */
  readonly onHandle?: (handle: CanvasHandle, mounted: boolean) => void;
  readonly label: string;
}

/**
 * Draws the map with @relcap/visualizer's `mountNetworkMap` and passes its events up as intents.
 * The map shown is always the one in the props (the app's state): a drag only reports the
 * dropped position, and the state's next map is drawn in return.
 */
export function MapCanvas(props: MapCanvasProps): preact.JSX.Element {
  const host = useRef<HTMLElement>(null);
  const handle = useRef<NetworkMapHandle | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const el = host.current!;
    const h = mountNetworkMap(el, props.map, { lang: props.lang, showGaps: props.showGaps ?? false, draggable: props.draggable ?? false });
    handle.current = h;
    const offSelect = h.on('select', (t) => latest.current.onSelect?.(t));
    const offChange = h.on('change', ({ map }) => {
      const before = new Map(latest.current.map.actors.map((a) => [a.id, a.position]));
      for (const a of map.actors) {
        if (a.position !== undefined && a.position !== before.get(a.id)) latest.current.onMoveEnd?.(a.id, a.position);
      }
    });
    props.onHandle?.(asCanvas(h), true);
    markState(el, props.selection ?? null, props.linkFrom ?? null);
    return () => {
      offSelect();
      offChange();
      props.onHandle?.(canvasOf.get(h)!, false);
      h.destroy();
      handle.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const h = handle.current;
    if (h === null) return;
    h.setOptions({ lang: props.lang, showGaps: props.showGaps ?? false, draggable: props.draggable ?? false });
    if (h.map !== props.map) {
      releaseFocusOfRemoved(host.current!, props.map);
      h.update(props.map);
    }
    markState(host.current!, props.selection ?? null, props.linkFrom ?? null);
  }, [props.map, props.lang, props.showGaps, props.draggable]);

  useLayoutEffect(() => {
    markState(host.current!, props.selection ?? null, props.linkFrom ?? null);
  }, [props.selection, props.linkFrom]);

  return <section ref={host} class={`map-canvas ${props.className ?? ''}`} data-linking={props.linkFrom !== null && props.linkFrom !== undefined ? 'true' : undefined} aria-label={props.label} />;
}

/** Marks the app's selection and the actor a connection starts from on the drawn elements. */
function markState(host: HTMLElement, selection: Target, linkFrom: string | null): void {
  readableNames(host);
  for (const el of host.querySelectorAll('[data-selected], [data-link-from]')) {
    el.removeAttribute('data-selected');
    el.removeAttribute('data-link-from');
  }
  const find = (cls: string, id: string): Element | undefined => [...host.querySelectorAll(`g.${cls}`)].find((g) => g.getAttribute('data-id') === id);
  if (selection !== null) find(selection.kind === 'actor' ? 'relcap-node' : 'relcap-edge', selection.id)?.setAttribute('data-selected', 'true');
  if (linkFrom !== null) find('relcap-node', linkFrom)?.setAttribute('data-link-from', 'true');
}


const canvasOf = new WeakMap<NetworkMapHandle, CanvasHandle>();

/** The mounted map as the exports see it (one object per mount, so it can be cleared by identity). */
function asCanvas(h: NetworkMapHandle): CanvasHandle {
  const c: CanvasHandle = { exportSvg: () => h.exportSvg(), exportPng: (o) => h.exportPng(o), get title() { return h.map.title; } };
  canvasOf.set(h, c);
  return c;
}

/**
 * Blurs a focused actor or relation that the next map no longer has, before the redraw removes
 * it: removing a focused element fires a blur in the middle of the view's redraw, and the view
 * would redraw again inside it (it removes the element twice and throws).
 */
function releaseFocusOfRemoved(host: HTMLElement, map: NetworkMap): void {
  const active = host.ownerDocument.activeElement;
  if (!(active instanceof SVGElement) || !host.contains(active)) return;
  const g = active.closest('g.relcap-node, g.relcap-edge');
  const id = g?.getAttribute('data-id');
  if (g === null || g === undefined || id === null || id === undefined) return;
  const list: readonly { readonly id: string }[] = g.classList.contains('relcap-node') ? map.actors : map.relations;
  if (!list.some((x) => x.id === id)) active.blur();
}

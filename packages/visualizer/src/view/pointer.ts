import type { Highlight } from './highlight';
import type { MapTarget, MapViewEvents, MapViewOptions } from './map-view-types';
import type { ViewDrawer } from './view-drawer';
import { sameTarget, targetOf } from './view-target';

type Emit = <K extends keyof MapViewEvents>(event: K, payload: MapViewEvents[K]) => void;

/** What the pointer handling needs from its view. */
export interface PointerContext {
  readonly svg: SVGSVGElement;
  readonly drawer: ViewDrawer;
  options(): MapViewOptions;
  highlight(): Highlight;
  emit: Emit;
  /** A tap (or Space) on an actor, a relation or the background. */
  tap(target: MapTarget | null): void;
  /** Shows the rubber-band line of a link being dragged, or hides it (null). */
  preview(from: { x: number; y: number } | null, to?: { x: number; y: number }): void;
  /** An actor was moved live (the connect handle follows). */
  moved(id: string, x: number, y: number): void;
}

interface Press {
  readonly pointerId: number;
  readonly target: MapTarget | null;
  /** The actor whose connect handle was pressed. */
  readonly from: string | null;
  readonly cx: number;
  readonly cy: number;
  readonly start: { x: number; y: number };
  readonly node: { x: number; y: number } | null;
  mode: 'press' | 'move' | 'connect' | 'still';
  last: { x: number; y: number } | null;
}

/**
 * Scene coordinates of a client point (the viewport group has no transform of its own).
 *
 * @example
 * ```ts
 * toScene(svg, event.clientX, event.clientY); // { x: 120.5, y: -40 }
 * ```
 */
export function toScene(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } {
  const m = svg.getScreenCTM();
  if (m === null) return { x: clientX, y: clientY };
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return { x: p.x, y: p.y };
}

/**
 * Pointer events (mouse, pen and touch alike) on the drawing, by delegation on the `<svg>`:
 * a press that travels less than `dragThreshold` px is a tap; on an actor a longer one is a drag
 * (`move` live, one `moveEnd` on release or cancel); from the connect handle it is a link drag
 * (a rubber band; released on another actor, `connect`). Hover and focus give `hover`. Returns a
 * function that removes the listeners.
  *
 * @example
 * ```ts
 * const unbind = bindPointer({ svg, drawer, options: () => opts, highlight: () => h, emit, tap, preview, moved });
 * ```
 */
export function bindPointer(ctx: PointerContext): () => void {
  const { svg, drawer } = ctx;
  let press: Press | null = null;
  let hovered: MapTarget | null = null;

  const down = (ev: PointerEvent): void => {
    if (press !== null || (ev.pointerType === 'mouse' && ev.button !== 0)) return;
    const port = (ev.target as Element | null)?.closest?.('.relcap-port');
    const from = port?.getAttribute('data-for') ?? null;
    const target = targetOf(ev.target);
    const n = target?.kind === 'actor' ? drawer.node(target.id) : undefined;
    press = { pointerId: ev.pointerId, target, from, cx: ev.clientX, cy: ev.clientY, start: toScene(svg, ev.clientX, ev.clientY), node: n === undefined ? null : { x: n.x, y: n.y }, mode: 'press', last: null };
    if (from !== null) ev.preventDefault();
    try {
      svg.setPointerCapture(ev.pointerId);
    } catch {
      // A synthetic event without an active pointer cannot be captured; moves still arrive on the svg.
    }
  };

  const move = (ev: PointerEvent): void => {
    if (press === null || ev.pointerId !== press.pointerId) return;
    const o = ctx.options();
    if (press.mode === 'press' && Math.hypot(ev.clientX - press.cx, ev.clientY - press.cy) >= o.dragThreshold) {
      if (press.from !== null && o.connectable) press.mode = 'connect';
      else if (press.node !== null && press.target !== null && o.draggable) press.mode = 'move';
      else press.mode = 'still';
    }
    const p = toScene(svg, ev.clientX, ev.clientY);
    if (press.mode === 'move' && press.node !== null && press.target !== null) {
      const at = { x: press.node.x + p.x - press.start.x, y: press.node.y + p.y - press.start.y };
      press.last = at;
      drawer.moveLive(press.target.id, at.x, at.y);
      ctx.moved(press.target.id, at.x, at.y);
      ctx.emit('move', { id: press.target.id, ...at });
    } else if (press.mode === 'connect' && press.from !== null) {
      const n = drawer.node(press.from);
      if (n !== undefined) ctx.preview(n, p);
    }
  };

  const finish = (ev: PointerEvent, cancelled: boolean): void => {
    if (press === null || ev.pointerId !== press.pointerId) return;
    const p = press;
    press = null;
    if (svg.hasPointerCapture?.(ev.pointerId)) svg.releasePointerCapture(ev.pointerId);
    if (p.mode === 'move' && p.target !== null && p.last !== null) {
      ctx.emit('moveEnd', { id: p.target.id, ...p.last });
    } else if (p.mode === 'connect' && p.from !== null) {
      ctx.preview(null);
      const under = cancelled ? null : targetOf(svg.ownerDocument.elementFromPoint(ev.clientX, ev.clientY));
      if (under?.kind === 'actor' && under.id !== p.from) ctx.emit('connect', { source: p.from, target: under.id });
    } else if (p.mode === 'press' && !cancelled) {
      if (p.from !== null) ctx.emit('link', { source: ctx.highlight().linking === p.from ? null : p.from });
      else ctx.tap(p.target);
    }
  };
  const up = (ev: PointerEvent): void => finish(ev, false);
  const cancel = (ev: PointerEvent): void => finish(ev, true);
  // A click with no pointer press before it (detail 0: assistive technology): a tap.
  const click = (ev: MouseEvent): void => {
    if (ev.detail === 0) ctx.tap(targetOf(ev.target));
  };

  const hover = (next: MapTarget | null): void => {
    if (sameTarget(next, hovered)) return;
    hovered = next;
    ctx.emit('hover', next);
  };
  const enter = (ev: Event): void => hover(targetOf(ev.target));
  const leave = (ev: Event): void => hover(targetOf((ev as FocusEvent | PointerEvent).relatedTarget));

  const on: [string, EventListener][] = [
    ['pointerdown', down as EventListener],
    ['pointermove', move as EventListener],
    ['pointerup', up as EventListener],
    ['pointercancel', cancel as EventListener],
    ['click', click as EventListener],
    ['pointerover', enter],
    ['pointerout', leave],
    ['focusin', enter],
    ['focusout', leave],
  ];
  for (const [type, fn] of on) svg.addEventListener(type, fn);
  return () => {
    for (const [type, fn] of on) svg.removeEventListener(type, fn);
  };
}

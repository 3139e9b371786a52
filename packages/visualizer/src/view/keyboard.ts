import type { Highlight } from './highlight';
import type { MapTarget, MapViewEvents, MapViewOptions } from './map-view-types';
import { targetOf } from './view-target';

type Emit = <K extends keyof MapViewEvents>(event: K, payload: MapViewEvents[K]) => void;

/** What the keyboard handling needs from its view. */
export interface KeyboardContext {
  readonly svg: SVGSVGElement;
  options(): MapViewOptions;
  highlight(): Highlight;
  emit: Emit;
  tap(target: MapTarget | null): void;
  /** Focusable items in keyboard order (actors, then relations). */
  items(): Element[];
}

const ARROWS: Record<string, readonly [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Keys on a focused actor or relation: Tab and Shift+Tab walk the actors in scene order and then
 * the relations (one tab stop from outside, a roving tabindex); Space taps (select, or finish a
 * link); Enter emits `activate`; Delete or Backspace `delete`; arrows `nudge` an actor
 * (Shift: a large step); `c` starts or cancels a link from an actor; Escape cancels a link, else
 * clears the selection. Returns a function that removes the listeners.
  *
 * @example
 * ```ts
 * const keys = bindKeyboard({ svg, options: () => opts, highlight: () => h, emit, tap, items });
 * keys.settle(null); keys.unbind();
 * ```
 */
export function bindKeyboard(ctx: KeyboardContext): { unbind: () => void; settle: (focusedIndex: number | null) => void } {
  const { svg } = ctx;
  let roving: Element | null = null;

  const setRoving = (el: Element | null): void => {
    if (roving === el) return;
    if (roving !== null) roving.setAttribute('tabindex', '-1');
    roving = el;
    roving?.setAttribute('tabindex', '0');
  };
  const focusin = (ev: FocusEvent): void => {
    const el = (ev.target as Element | null)?.closest?.('g.relcap-node, g.relcap-edge') ?? null;
    if (el !== null) setRoving(el);
  };

  const keydown = (ev: KeyboardEvent): void => {
    const target = targetOf(ev.target);
    const o = ctx.options();
    const h = ctx.highlight();
    if (ev.key === 'Tab' && target !== null && !ev.altKey && !ev.ctrlKey && !ev.metaKey) {
      const items = ctx.items();
      const i = items.indexOf((ev.target as Element).closest('g.relcap-node, g.relcap-edge')!);
      const next = items[i + (ev.shiftKey ? -1 : 1)];
      if (i >= 0 && next !== undefined) {
        ev.preventDefault();
        setRoving(next);
        (next as SVGElement).focus();
      }
      return;
    }
    if (ev.key === 'Escape') {
      if (h.linking !== undefined) ctx.emit('link', { source: null });
      else ctx.emit('select', null);
      return;
    }
    if (target === null || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const arrow = ARROWS[ev.key];
    if (ev.key === ' ' || ev.key === 'Spacebar') ctx.tap(target);
    else if (ev.key === 'Enter') ctx.emit('activate', target);
    else if (ev.key === 'Delete' || ev.key === 'Backspace') ctx.emit('delete', target);
    else if (arrow !== undefined && target.kind === 'actor') {
      const step = ev.shiftKey ? o.nudgeStepLarge : o.nudgeStep;
      ctx.emit('nudge', { id: target.id, dx: arrow[0] * step, dy: arrow[1] * step });
    } else if ((ev.key === 'c' || ev.key === 'C') && target.kind === 'actor' && o.connectable) {
      ctx.emit('link', { source: h.linking === target.id ? null : target.id });
    } else return;
    ev.preventDefault();
  };

  // After a redraw: one item keeps tabindex 0 (the one that had it, else the first actor; new
  // elements come with -1), and when the focused item was removed (deleted), focus moves to the
  // item that took its place in the keyboard order, so a keyboard user stays in the map.
  const settle = (focusedIndex: number | null): void => {
    const doc = svg.ownerDocument;
    if (focusedIndex !== null && !(doc.activeElement !== null && svg.contains(doc.activeElement))) {
      const items = ctx.items();
      const next = items[Math.min(focusedIndex, items.length - 1)];
      if (next !== undefined) {
        setRoving(next);
        (next as SVGElement).focus();
        return;
      }
    }
    if (roving?.isConnected) return;
    roving = null;
    setRoving(svg.querySelector('g.relcap-node') ?? svg.querySelector('g.relcap-edge'));
  };

  svg.addEventListener('focusin', focusin);
  svg.addEventListener('keydown', keydown);
  return {
    settle,
    unbind: () => {
      svg.removeEventListener('focusin', focusin);
      svg.removeEventListener('keydown', keydown);
    },
  };
}

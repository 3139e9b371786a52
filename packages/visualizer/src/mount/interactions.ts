import { drag, select } from 'd3';
import type { DetailsTarget } from '../ui/details-panel';

/** What the view does when the user points, focuses, selects or drags. */
export interface InteractionHandlers {
  hover(target: DetailsTarget): void;
  select(target: DetailsTarget): void;
  dragMove(id: string, x: number, y: number): void;
  dragEnd(id: string, x: number, y: number): void;
}

const targetOf = (el: EventTarget | null): DetailsTarget => {
  if (!(el instanceof Element)) return null;
  const g = el.closest('g.relcap-node, g.relcap-edge');
  const id = g?.getAttribute('data-id');
  if (g === null || g === undefined || id === null || id === undefined) return null;
  return { kind: g.classList.contains('relcap-node') ? 'actor' : 'relation', id };
};

const same = (a: DetailsTarget, b: DetailsTarget): boolean => a?.kind === b?.kind && a?.id === b?.id;

/**
 * Listens on the drawing's `<svg>` (event delegation: one set of listeners, removed with the
 * element): pointer and keyboard focus give `hover`, click / Enter / Space give `select`, Escape
 * clears it. Returns a function that removes the listeners.
 */
export function bindInteractions(svg: SVGSVGElement, h: InteractionHandlers): () => void {
  let hovered: DetailsTarget = null;
  const enter = (ev: Event): void => {
    const next = targetOf(ev.target);
    if (!same(next, hovered)) {
      hovered = next;
      h.hover(next);
    }
  };
  const leave = (ev: Event): void => {
    const to = (ev as FocusEvent | PointerEvent).relatedTarget;
    const next = targetOf(to);
    if (!same(next, hovered)) {
      hovered = next;
      h.hover(next);
    }
  };
  const click = (ev: Event): void => h.select(targetOf(ev.target));
  const key = (ev: KeyboardEvent): void => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      const tg = targetOf(ev.target);
      if (tg !== null) {
        ev.preventDefault();
        h.select(tg);
      }
    } else if (ev.key === 'Escape') {
      h.select(null);
    }
  };
  svg.addEventListener('pointerover', enter);
  svg.addEventListener('pointerout', leave);
  svg.addEventListener('focusin', enter);
  svg.addEventListener('focusout', leave);
  svg.addEventListener('click', click);
  svg.addEventListener('keydown', key);
  return () => {
    svg.removeEventListener('pointerover', enter);
    svg.removeEventListener('pointerout', leave);
    svg.removeEventListener('focusin', enter);
    svg.removeEventListener('focusout', leave);
    svg.removeEventListener('click', click);
    svg.removeEventListener('keydown', key);
  };
}

/** Makes the drawn actors draggable with d3-drag (coordinates in scene units), or not. */
export function bindDrag(svg: SVGSVGElement, enabled: boolean, h: InteractionHandlers): void {
  const nodes = select(svg).selectAll<SVGGElement, { id: string; x: number; y: number }>('g.relcap-node');
  if (!enabled) {
    nodes.on('.drag', null);
    return;
  }
  const container = svg.querySelector<SVGGElement>('g.relcap-viewport') ?? svg;
  let moved = false;
  nodes.call(
    drag<SVGGElement, { id: string; x: number; y: number }>()
      .container(container)
      .clickDistance(4)
      .on('start', () => {
        moved = false;
      })
      .on('drag', (ev, d) => {
        moved = true;
        h.dragMove(d.id, ev.x, ev.y);
      })
      .on('end', (ev, d) => {
        if (moved) h.dragEnd(d.id, ev.x, ev.y);
      }),
  );
}

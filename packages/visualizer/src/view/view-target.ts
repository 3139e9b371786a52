import type { MapTarget } from './map-view-types';

/**
 * The actor or relation an event target belongs to (its `g.relcap-node` or `g.relcap-edge`
 * with a `data-id`), or null for the background and anything else.
 *
 * @example
 * ```ts
 * targetOf(event.target); // { kind: 'actor', id: 'laerer' }
 * ```
 */
export function targetOf(el: EventTarget | null): MapTarget | null {
  if (el === null || typeof (el as Element).closest !== 'function') return null;
  const g = (el as Element).closest('g.relcap-node, g.relcap-edge');
  const id = g?.getAttribute('data-id');
  if (g === null || g === undefined || id === null || id === undefined) return null;
  return { kind: g.classList.contains('relcap-node') ? 'actor' : 'relation', id };
}

/**
 * Same actor or relation (or both null).
 *
 * @example
 * ```ts
 * sameTarget({ kind: 'actor', id: 'a' }, { kind: 'actor', id: 'a' }); // true
 * ```
 */
export function sameTarget(a: MapTarget | null, b: MapTarget | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

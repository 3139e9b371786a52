/**
 * What the user points at, selected, is linking from, or what the caller brings forward: one
 * model for both renderers (the SVG view and the WebGL renderer), owned by the caller and given
 * to the view with every render. The views never change it; they emit intents
 * (`select`, `hover`, `link`) and the owner decides the next highlight.
 */
export interface Highlight {
  /** Id of the selected actor or relation (actors are looked up first). */
  readonly selected?: string;
  /** Id of the actor or relation under the pointer or keyboard focus. */
  readonly hovered?: string;
  /** Id of the actor a link starts from (tap-tap connect): drawn as "linking". */
  readonly linking?: string;
  /** Actors to bring forward (a search, a filter, the actors of a gap). */
  readonly emphasised?: readonly string[];
}

/**
 * Nothing selected, hovered, linking or emphasised.
 *
 * @example
 * ```ts
 * view.render({ scene, highlight: NO_HIGHLIGHT });
 * ```
 */
export const NO_HIGHLIGHT: Highlight = Object.freeze({});

/**
 * The actor whose neighbourhood is in focus: the hovered one, else the selected one, else none.
 * Ids for which `isActor` says no (relations, unknown ids) are skipped. One rule for both
 * renderers, so a selection looks the same in SVG and WebGL.
 *
 * @example
 * ```ts
 * focusCentre({ hovered: 'r1', selected: 'laerer' }, (id) => id !== 'r1'); // 'laerer'
 * ```
 */
export function focusCentre(highlight: Highlight, isActor: (id: string) => boolean): string | null {
  for (const id of [highlight.hovered, highlight.selected]) if (id !== undefined && isActor(id)) return id;
  return null;
}

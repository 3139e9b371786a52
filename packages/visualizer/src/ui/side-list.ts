import { mapWarnings, type NetworkMap } from '@relcap/core';
import type { Scene } from '../scene/types';

/** What the short list beside the map shows: warnings, missing and weak relations, and gaps. */
export interface SideListItems {
  /**
   * Map warnings (`mapWarnings`), e.g. no coordinator (Undervisningsministeriet 2019, inspirationsmateriale om tværprofessionelt samarbejde); a role network from a
   * survey has no coordinator by nature, so that warning is left out there.
   */
  readonly warnings: readonly { readonly code: string; readonly text: string }[];
  /** Relations drawn as missing: "A – B". */
  readonly missing: readonly string[];
  /** Relations drawn as weak (eco-map weak or RC weak band): "A – B" or "A → B (3,2)". */
  readonly weak: readonly string[];
  /** Pairs added by the gaps toggle. */
  readonly gaps: readonly string[];
}

/**
 * The items of the list beside the map, in the scene's language, from the map's warnings and the
 * scene's edges. Texts only; the caller puts them in the page with `textContent`.
 *
 * @example
 * ```ts
 * sideListItems(map, scene).missing; // ['Pædagog – Sundhedsplejerske']
 * ```
 */
export function sideListItems(map: NetworkMap, scene: Scene): SideListItems {
  const name = new Map(scene.nodes.map((n) => [n.id, n.label]));
  const pair = (e: Scene['edges'][number]): string => {
    const arrow = e.directed ? '→' : '–';
    const score = e.label === '' ? '' : ` (${e.label})`;
    return `${name.get(e.source) ?? e.source} ${arrow} ${name.get(e.target) ?? e.target}${score}`;
  };
  return {
    warnings: mapWarnings(map)
      .filter((w) => map.type !== 'roles' || w.code !== 'RELCAP_MAP_NO_COORDINATOR')
      .map((w) => ({ code: w.code, text: w.message[scene.lang] })),
    missing: scene.edges.filter((e) => e.style === 'missing').map(pair),
    weak: scene.edges.filter((e) => e.style === 'weak').map(pair),
    gaps: scene.edges.filter((e) => e.gap).map(pair),
  };
}

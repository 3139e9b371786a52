import type { LocalizedText } from '../dimensions/types';
import type { NetworkMap } from './types';

/** Something on a valid map worth a second look; not an error. */
export interface MapWarning {
  /** Stable code: `RELCAP_MAP_NO_COORDINATOR`, `RELCAP_MAP_ISOLATED_ACTOR`, `RELCAP_MAP_COORDINATOR_NOT_PROFESSIONAL`. */
  readonly code: string;
  /** The actor concerned, when there is one. */
  readonly actorId?: string;
  readonly message: LocalizedText;
}

/**
 * Warnings for a valid map, in this order:
 * - `RELCAP_MAP_NO_COORDINATOR`: more than one actor of kind `professional` and no coordinator
 *   (a coordinator is needed "when more than one professional is involved", Undervisningsministeriet 2019, inspirationsmateriale om tværprofessionelt samarbejde);
 * - `RELCAP_MAP_COORDINATOR_NOT_PROFESSIONAL`: the coordinator is the child or family;
 * - `RELCAP_MAP_ISOLATED_ACTOR`: an actor with no relation of any kind (a `missing` relation
 *   counts, since it is drawn), in actor order.
 *
 * @example
 * ```ts
 * mapWarnings(map).map((w) => w.message.en);
 * ```
 */
export function mapWarnings(map: NetworkMap): MapWarning[] {
  const out: MapWarning[] = [];
  const professionals = map.actors.filter((a) => a.kind === 'professional').length;
  const coordinator = map.actors.find((a) => a.coordinator === true);
  if (professionals > 1 && coordinator === undefined) {
    out.push({
      code: 'RELCAP_MAP_NO_COORDINATOR',
      message: {
        da: `Kortet har ${professionals} fagprofessionelle, men ingen tovholder.`,
        en: `The map has ${professionals} professionals but no coordinator (tovholder).`,
      },
    });
  }
  if (coordinator !== undefined && (coordinator.kind === 'child' || coordinator.kind === 'family')) {
    out.push({
      code: 'RELCAP_MAP_COORDINATOR_NOT_PROFESSIONAL',
      actorId: coordinator.id,
      message: {
        da: `Tovholderen "${coordinator.label}" er ikke en fagprofessionel.`,
        en: `The coordinator "${coordinator.label}" is not a professional.`,
      },
    });
  }
  const touched = new Set<string>();
  for (const r of map.relations) {
    touched.add(r.source);
    touched.add(r.target);
  }
  for (const a of map.actors) {
    if (touched.has(a.id)) continue;
    out.push({
      code: 'RELCAP_MAP_ISOLATED_ACTOR',
      actorId: a.id,
      message: { da: `"${a.label}" har ingen relationer på kortet.`, en: `"${a.label}" has no relations on the map.` },
    });
  }
  return out;
}

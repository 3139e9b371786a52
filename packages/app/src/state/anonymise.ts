import { findProfession, type NetworkMap } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';

const KIND: Record<string, { da: string; en: string }> = {
  child: { da: 'Barnet', en: 'The child' },
  family: { da: 'Familie', en: 'Family' },
  professional: { da: 'Fagperson', en: 'Professional' },
  organisation: { da: 'Organisation', en: 'Organisation' },
};

/**
 * The map as shown with the pseudonym switch on: each actor's name replaced by its profession
 * (in `lang`) or its kind, numbered when the same name occurs twice; the title becomes the
 * kind of map. For the screen only: the saved map keeps its names.
 *
 * @example
 * ```ts
 * anonymise(map, 'da').actors[0].label; // 'Barnet'
 * ```
 */
export function anonymise(map: NetworkMap, lang: Lang): NetworkMap {
  const seen = new Map<string, number>();
  const actors = map.actors.map((a) => {
    const base = (a.profession !== undefined ? findProfession(a.profession)?.labels[lang] : undefined) ?? KIND[a.kind]?.[lang] ?? a.kind;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const { notes: _, organisation: __, ...rest } = a;
    return { ...rest, label: n === 1 ? base : `${base} ${n}` };
  });
  return { ...map, title: lang === 'da' ? 'Netværkskort' : 'Network map', actors, relations: map.relations.map(({ notes: _, action: __, ...r }) => r) };
}

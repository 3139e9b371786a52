import { findProfession, type Profession } from './professions';
import type { Actor, ActorKind, Sector } from './types';

/** Ring of an actor whose sector and profession say nothing: by kind. */
export const SECTOR_BY_KIND: Readonly<Record<ActorKind, Sector>> = {
  child: 'child',
  family: 'family',
  professional: 'other',
  organisation: 'other',
};

/**
 * The ring an actor is drawn in: its explicit `sector`, else the sector of its profession in
 * the catalogue (plus `extra` professions), else by kind ({@link SECTOR_BY_KIND}: a professional
 * of unknown profession goes to the outer ring `other`, since relcap cannot tell whether the
 * service is universal or specialised).
 *
 * @example
 * ```ts
 * actorSector({ id: 'a', label: 'Lærer', kind: 'professional', profession: 'lærer' }); // 'universal'
 * actorSector({ id: 'b', label: 'Mormor', kind: 'family' }); // 'family'
 * ```
 */
export function actorSector(actor: Actor, extra: readonly Profession[] = []): Sector {
  if (actor.sector !== undefined) return actor.sector;
  if (actor.profession !== undefined) {
    const p = findProfession(actor.profession, extra);
    if (p !== undefined) return p.sector;
  }
  return SECTOR_BY_KIND[actor.kind];
}

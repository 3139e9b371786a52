import { describe, expect, it } from 'vitest';
import type { Actor, Profession, Sector } from '../../src/map/index';
import { actorSector } from '../../src/map/index';

describe('actorSector', () => {
  it.each([
    [{ id: 'a', label: 'x', kind: 'professional', profession: 'psykolog', sector: 'universal' }, 'universal', 'an explicit sector wins'],
    [{ id: 'a', label: 'x', kind: 'professional', profession: 'psykolog' }, 'specialised', 'from the catalogue key'],
    [{ id: 'a', label: 'x', kind: 'professional', profession: 'Teacher' }, 'universal', 'from the English name'],
    [{ id: 'a', label: 'x', kind: 'professional', profession: 'Kommunal trivselsvejleder' }, 'other', 'unknown profession: by kind'],
    [{ id: 'a', label: 'x', kind: 'family' }, 'family', 'family by kind'],
    [{ id: 'a', label: 'x', kind: 'child' }, 'child', 'child by kind'],
    [{ id: 'a', label: 'x', kind: 'organisation' }, 'other', 'organisation by kind'],
  ] as [Actor, Sector, string][])('%j -> %s (%s)', (actor, sector) => {
    expect(actorSector(actor)).toBe(sector);
  });

  it('looks up extra professions', () => {
    const extra: Profession[] = [{ key: 'trivsel', labels: { da: 'Trivselsvejleder', en: 'Wellbeing adviser' }, kind: 'professional', sector: 'specialised' }];
    expect(actorSector({ id: 'a', label: 'x', kind: 'professional', profession: 'trivselsvejleder' }, extra)).toBe('specialised');
  });
});

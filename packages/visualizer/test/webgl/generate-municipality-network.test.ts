import { collectMapProblems, OptionsError, PROFESSIONS, relationBand } from '@relcap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMunicipalityNetwork } from '../../src/webgl/generate-municipality-network';

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe('generateMunicipalityNetwork', () => {
  const map = generateMunicipalityNetwork({ actors: 400, relations: 3000, seed: 5 });

  it('generateMunicipalityNetwork makes exactly the asked numbers of actors and relations', () => {
    expect(map.actors).toHaveLength(400);
    expect(map.relations).toHaveLength(3000);
  });

  it('generateMunicipalityNetwork is deterministic for a seed and differs between seeds', () => {
    expect(generateMunicipalityNetwork({ actors: 400, relations: 3000, seed: 5 })).toEqual(map);
    expect(generateMunicipalityNetwork({ actors: 400, relations: 3000, seed: 6 })).not.toEqual(map);
  });

  it('generateMunicipalityNetwork output is a valid map (no problems from collectMapProblems)', () => {
    expect(collectMapProblems(JSON.parse(JSON.stringify(map)))).toEqual([]);
  });

  it('generateMunicipalityNetwork links distinct pairs only: no self-loops, no pair twice in either direction', () => {
    const keys = map.relations.map((r) => pairKey(r.source, r.target));
    expect(map.relations.every((r) => r.source !== r.target)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('generateMunicipalityNetwork draws professions from the catalogue, grouped in organisations', () => {
    const keys = new Set(PROFESSIONS.map((p) => p.key));
    expect(map.actors.every((a) => a.profession !== undefined && keys.has(a.profession))).toBe(true);
    const organisations = new Set(map.actors.map((a) => a.organisation));
    // 400 actors in units of ~2..27 people: far more than one and far fewer than 400 units.
    expect(organisations.size).toBeGreaterThan(10);
    expect(organisations.size).toBeLessThan(200);
    expect(map.actors.filter((a) => a.coordinator === true)).toHaveLength(1);
  });

  it('generateMunicipalityNetwork mixes every relation band, including missing and suppressed (unknown)', () => {
    const bands = new Set(map.relations.map((r) => relationBand(r)));
    expect([...bands].sort()).toEqual(['missing', 'moderate', 'stressful', 'strong', 'unknown', 'weak']);
    // Shares: rated 30%, missing 8% of 3000 = 240 expected; allow a wide random margin.
    const missing = map.relations.filter((r) => r.kind === 'strength' && r.strength === 'missing').length;
    expect(missing).toBeGreaterThan(150);
    expect(missing).toBeLessThan(330);
  });

  it('generateMunicipalityNetwork keeps counts and distinct pairs for any small size and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (actors, seed, fill) => {
        // Up to half of the actors x (actors - 1) / 2 pairs.
        const relations = Math.floor(fill * Math.floor((actors * (actors - 1)) / 4));
        const m = generateMunicipalityNetwork({ actors, relations, seed });
        const keys = new Set(m.relations.map((r) => pairKey(r.source, r.target)));
        return m.actors.length === actors && m.relations.length === relations && keys.size === relations;
      }),
      { numRuns: 60 },
    );
  });

  it('generateMunicipalityNetwork accepts the maximum: half of all pairs (10 actors: 45 pairs, 22 relations)', () => {
    expect(generateMunicipalityNetwork({ actors: 10, relations: 22, seed: 1 }).relations).toHaveLength(22);
  });

  it.each([
    [{ actors: 1 }, 'actors'],
    [{ actors: 10.5 }, 'actors'],
    // 10 actors: 10 x 9 / 2 = 45 pairs, at most half = 22 relations.
    [{ actors: 10, relations: 23 }, 'relations'],
    [{ actors: 10, relations: -1 }, 'relations'],
    [{ ratedShare: 1.2 }, 'ratedShare'],
    [{ ratedShare: 0.6, missingShare: 0.3, stressfulShare: 0.2 }, 'ratedShare'],
    [{ seed: Number.NaN }, 'seed'],
  ])('generateMunicipalityNetwork(%j) throws an OptionsError naming %s', (options, column) => {
    expect(() => generateMunicipalityNetwork(options)).toThrow(OptionsError);
    expect(() => generateMunicipalityNetwork(options)).toThrow(expect.objectContaining({ location: expect.objectContaining({ column }) }));
  });
});

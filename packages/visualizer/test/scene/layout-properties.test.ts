import type { Actor, NetworkMap, Relation } from '@relcap/core';
import { buildScene } from '../../src/scene/index';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const kinds = ['child', 'family', 'professional', 'organisation'] as const;
const strengths = ['strong', 'weak', 'missing', 'stressful'] as const;

/** Random valid maps: up to 25 actors with random kinds, up to 40 relations between them. */
const arbMap = fc
  .record({
    kinds: fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 25 }),
    rels: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...strengths), fc.boolean()), { maxLength: 40 }),
    type: fc.constantFrom('child' as const, 'roles' as const),
  })
  .map(({ kinds: ks, rels, type }): NetworkMap => {
    const actors: Actor[] = ks.map((kind, i) => ({ id: `a${i}`, label: `Aktør ${i}`, kind }));
    const relations: Relation[] = rels.map(([s, t, strength, directed], i) => ({
      id: `r${i}`,
      source: `a${s % ks.length}`,
      target: `a${t % ks.length}`,
      directed,
      kind: 'strength',
      strength,
    }));
    return { schemaVersion: 2, type, title: 'Tilfældigt kort', actors, relations };
  });

describe('buildScene invariants', () => {
  it('buildScene gives every node finite coordinates and keeps bounds around them', () => {
    fc.assert(
      fc.property(arbMap, fc.integer({ min: 0, max: 1000 }), fc.boolean(), (map, seed, showGaps) => {
        const scene = buildScene(map, { seed, showGaps, iterations: 60 });
        expect(scene.nodes).toHaveLength(map.actors.length);
        for (const n of scene.nodes) {
          expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
          expect(n.x).toBeGreaterThanOrEqual(scene.bounds.minX);
          expect(n.x).toBeLessThanOrEqual(scene.bounds.maxX);
          expect(n.y).toBeGreaterThanOrEqual(scene.bounds.minY);
          expect(n.y).toBeLessThanOrEqual(scene.bounds.maxY);
        }
        for (const e of scene.edges) expect(Number.isFinite(e.curvature)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('buildScene is deterministic for any map and seed', () => {
    fc.assert(
      fc.property(arbMap, fc.integer({ min: 0, max: 1000 }), (map, seed) => {
        const a = buildScene(map, { seed, iterations: 40 });
        const b = buildScene(map, { seed, iterations: 40 });
        expect(a).toEqual(b);
      }),
      { numRuns: 30 },
    );
  });
});

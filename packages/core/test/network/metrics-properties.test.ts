import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGaps } from '../../src/map/index';
import { computeMapMetrics, rankGaps } from '../../src/network/index';
import { arbMap } from '../map/arbitrary-map';

describe('metric invariants on generated maps', () => {
  it('density and reciprocity lie in 0..1, degrees add up to twice the arcs, components partition the actors', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const m = computeMapMetrics(map);
        expect(m.density).toBeGreaterThanOrEqual(0);
        expect(m.density).toBeLessThanOrEqual(1);
        expect(m.reciprocity).toBeGreaterThanOrEqual(0);
        expect(m.reciprocity).toBeLessThanOrEqual(1);
        expect(m.actors.reduce((s, a) => s + a.degree, 0)).toBe(2 * m.arcCount);
        expect(m.componentMembers.flat().sort()).toEqual(map.actors.map((a) => a.id).sort());
        for (const a of m.actors) {
          expect(a.betweenness).toBeGreaterThanOrEqual(0);
          expect(a.betweenness).toBeLessThanOrEqual(1 + 1e-12);
          expect(a.constraint === null).toBe(a.degree === 0);
          if (a.effectiveSize !== null) expect(a.effectiveSize).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rankGaps lists every findGaps pair once, joins at most one pair of parts per gap and never lowers efficiency', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const gaps = rankGaps(map).gaps;
        const none = gaps.filter((g) => g.kind === 'none').map((g) => `${g.a}|${g.b}`);
        expect(none.sort()).toEqual(findGaps(map).map((g) => `${g.a}|${g.b}`).sort());
        for (const g of gaps) {
          expect([0, 1]).toContain(g.componentsDrop);
          expect(g.efficiencyGain).toBeGreaterThanOrEqual(-1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });
});

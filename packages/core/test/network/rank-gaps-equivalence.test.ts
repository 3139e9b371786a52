import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/relcap-error';
import type { Actor, NetworkMap, Relation } from '../../src/map/index';
import { closingGain, closingGainBound } from '../../src/network/closing-gain';
import { distanceMatrix } from '../../src/network/distance-matrix';
import { mapToGraph, type RankedGap, rankGaps } from '../../src/network/index';
import { undirectedView } from '../../src/network/undirected-view';
import { arbMap } from '../map/arbitrary-map';
import { mapOf, pro, strength } from './fixtures';
import { rankGapsReference } from './rank-gaps-reference';

/** Floats computed two ways (one search per candidate vs. distances once) agree to this. */
const TOL = 1e-9;

/** Maps of up to 14 actors, mostly professionals, with strength and rated relations (any weight). */
const arbNetwork: fc.Arbitrary<NetworkMap> = fc
  .record({
    kinds: fc.array(fc.constantFrom('professional', 'professional', 'professional', 'organisation', 'family', 'child'), { maxLength: 14 }),
    rels: fc.array(
      fc.record({
        s: fc.nat(13),
        t: fc.nat(13),
        directed: fc.boolean(),
        how: fc.oneof(fc.constantFrom('strong', 'weak', 'missing', 'stressful'), fc.double({ min: 1, max: 5, noNaN: true })),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ kinds, rels }) => {
    const actors: Actor[] = kinds.map((kind, i) => ({ id: `a${i}`, label: `A${i}`, kind: kind as Actor['kind'] }));
    const relations: Relation[] = [];
    rels.forEach(({ s, t, directed, how }, i) => {
      if (s >= actors.length || t >= actors.length || s === t) return;
      const base = { id: `r${i}`, source: `a${s}`, target: `a${t}`, directed };
      relations.push(typeof how === 'number' ? { ...base, kind: 'rated', ratings: {}, rc: how } : { ...base, kind: 'strength', strength: how as 'strong' });
    });
    return mapOf(actors, relations);
  });

const close = (x: number | null, y: number | null): boolean => (x === null || y === null ? x === y : Math.abs(x - y) <= TOL);

function expectSameRanking(fast: readonly RankedGap[], ref: readonly RankedGap[]): void {
  expect(fast.map((g) => [g.a, g.b, g.kind, g.relationIds, g.componentsBefore, g.componentsAfter, g.componentsDrop])).toEqual(
    ref.map((g) => [g.a, g.b, g.kind, g.relationIds, g.componentsBefore, g.componentsAfter, g.componentsDrop]),
  );
  fast.forEach((g, i) => {
    const r = ref[i]!;
    for (const k of ['efficiencyBefore', 'efficiencyAfter', 'efficiencyGain', 'averageDistanceBefore', 'averageDistanceAfter', 'endpointBetweenness'] as const) {
      expect(close(g[k], r[k]), `${g.a}-${g.b} ${k}: ${g[k]} vs ${r[k]}`).toBe(true);
    }
  });
}

describe('rankGaps against the reference implementation', () => {
  it('rankGaps gives the reference ranking on generated networks (floats within 1e-9)', () => {
    fc.assert(
      fc.property(arbNetwork, (map) => {
        const result = rankGaps(map);
        expect(result.complete).toBe(true);
        expect(result.evaluated).toBe(result.candidates);
        expectSameRanking(result.gaps, rankGapsReference(map));
      }),
      { numRuns: 300 },
    );
  });

  it('rankGaps gives the reference ranking on generated maps of any kind and text', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        expectSameRanking(rankGaps(map).gaps, rankGapsReference(map));
      }),
      { numRuns: 200 },
    );
  });

  it('rankGaps with a limit gives the first gaps of the full ranking, complete', () => {
    fc.assert(
      fc.property(arbNetwork, fc.integer({ min: 1, max: 8 }), (map, limit) => {
        const full = rankGaps(map).gaps;
        const cut = rankGaps(map, { limit });
        expect(cut.complete).toBe(true);
        expectSameRanking(cut.gaps, full.slice(0, limit));
      }),
      { numRuns: 500 },
    );
  });
});

describe('rankGaps work budget', () => {
  // Chain p1-p2-p3 and p4, p5 alone: 3 parts, 6 unlinked pairs + nothing else. 5 nodes, 2 steps.
  const m = mapOf([pro('p1'), pro('p2'), pro('p3'), pro('p4'), pro('p5')], [strength('r1', 'p1', 'p2', 'strong'), strength('r2', 'p2', 'p3', 'strong')]);
  // Fixed part: 5*4/2 pairs + 2 relations = 12, plus 2 * 5 * (5 + 2*2) = 90 -> 102 units.
  const FIXED = 102;

  it('rankGaps ranks nothing and says so when the fixed part does not fit the budget', () => {
    const r = rankGaps(m, { budget: FIXED - 1 });
    expect(r).toEqual({ gaps: [], complete: false, candidates: null, evaluated: 0, work: FIXED, budget: FIXED - 1 });
  });

  it('rankGaps evaluates candidates while the budget lasts and says the ranking was cut short', () => {
    const full = rankGaps(m);
    expect(full.candidates).toBe(8);
    // Each candidate costs n = 5 plus its side pairs; a budget of FIXED + 12 stops after two.
    const r = rankGaps(m, { budget: FIXED + 12 });
    expect(r.complete).toBe(false);
    expect(r.candidates).toBe(8);
    expect(r.evaluated).toBeGreaterThan(0);
    expect(r.evaluated).toBeLessThan(8);
    expect(r.gaps).toHaveLength(r.evaluated);
    // The ones evaluated are those joining parts: every one of them has a drop of 1.
    expect(r.gaps.every((g) => g.componentsDrop === 1)).toBe(true);
    expect(full.complete).toBe(true);
    expect(full.work).toBeLessThanOrEqual(full.budget);
  });

  it('rankGaps with a limit skips candidates that cannot reach the top', () => {
    // 7 of the 8 candidates join parts (p4 or p5 with anyone); with limit 2 the p1-p3 triangle is
    // never evaluated, and of the 7 only those whose gain bound can reach the second place are.
    const r = rankGaps(m, { limit: 2 });
    expect(r.complete).toBe(true);
    expect(r.evaluated).toBeLessThan(7);
    expect(r.gaps.map((g) => [g.a, g.b])).toEqual(
      rankGaps(m)
        .gaps.slice(0, 2)
        .map((g) => [g.a, g.b]),
    );
  });

  it('rankGaps refuses a budget or limit that is not a positive number', () => {
    for (const bad of [{ budget: 0 }, { budget: Number.NaN }, { limit: 0 }, { limit: 1.5 }]) {
      expect(() => rankGaps(m, bad)).toThrow(OptionsError);
    }
    try {
      rankGaps(m, { limit: -1 });
    } catch (e) {
      expect((e as OptionsError).location).toMatchObject({ column: 'limit', value: '-1' });
    }
  });
});

describe('closingGainBound', () => {
  it('closingGainBound is never below the exact gain (generated networks, every pair)', () => {
    fc.assert(
      fc.property(arbNetwork, (map) => {
        const dm = distanceMatrix(undirectedView(mapToGraph(map)));
        for (let a = 0; a < dm.n; a++) {
          for (let b = a + 1; b < dm.n; b++) {
            expect(closingGainBound(dm, a, b, 1).sum).toBeGreaterThanOrEqual(closingGain(dm, a, b, 1).sum - 1e-12);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

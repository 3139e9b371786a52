import { describe, expect, it } from 'vitest';
import { computeMapMetrics } from '../../src/network/index';
import { FOUR, mapOf, pro, strength } from './fixtures';

const byId = (m: ReturnType<typeof computeMapMetrics>, id: string) => m.actors.find((a) => a.id === id)!;

describe('computeMapMetrics on FOUR (arcs a->b, b->a, b->c 1/3, c->b 0.9, a->c; d only missing)', () => {
  const m = computeMapMetrics(FOUR);

  it('density = L / (g (g-1)) = 5 / (4 * 3)', () => {
    expect(m.density).toBeCloseTo(5 / 12, 12);
  });

  it('reciprocity = reciprocated arcs / arcs = 4 / 5 (a->c is one-way)', () => {
    expect(m.reciprocity).toBeCloseTo(0.8, 12);
  });

  it('finds two weak components and the isolate d', () => {
    expect(m.components).toBe(2);
    expect(m.componentMembers).toEqual([['a', 'b', 'c'], ['d']]);
    expect(m.isolates).toEqual(['d']);
  });

  it('counts degrees and strengths', () => {
    // a: out a->b, a->c (1 + 1); in b->a (1). b: out b->a, b->c (1 + 1/3); in a->b, c->b (1 + 0.9).
    // c: out c->b (0.9); in b->c, a->c (1/3 + 1).
    expect(byId(m, 'a')).toMatchObject({ degree: 3, inDegree: 1, outDegree: 2, inStrength: 1, outStrength: 2 });
    expect(byId(m, 'b')).toMatchObject({ degree: 4, inDegree: 2, outDegree: 2 });
    expect(byId(m, 'b').outStrength).toBeCloseTo(4 / 3, 12);
    expect(byId(m, 'b').inStrength).toBeCloseTo(1.9, 12);
    expect(byId(m, 'c').inStrength).toBeCloseTo(4 / 3, 12);
    expect(byId(m, 'd')).toMatchObject({ degree: 0, inStrength: 0, outStrength: 0, constraint: null, effectiveSize: null });
  });

  it('unweighted betweenness: only c->a passes through b (c->b->a); normalised by (n-1)(n-2) = 6', () => {
    expect(byId(m, 'b').betweenness).toBeCloseTo(1 / 6, 12);
    expect(byId(m, 'a').betweenness).toBe(0);
    expect(byId(m, 'c').betweenness).toBe(0);
  });

  it('weighted betweenness prefers the strong path b->a->c (distance 1 + 1) over the weak arc b->c (distance 3)', () => {
    // b->c via a: a gets 1; c->a only via b (1/0.9 + 1): b gets 1. Each / 6.
    expect(byId(m, 'a').weightedBetweenness).toBeCloseTo(1 / 6, 12);
    expect(byId(m, 'b').weightedBetweenness).toBeCloseTo(1 / 6, 12);
    expect(byId(m, 'c').weightedBetweenness).toBe(0);
  });

  it("Burt's constraint and effective size of a with mutual weights z", () => {
    // z(a,b) = 1 + 1 = 2, z(a,c) = 1 + 0 = 1, z(b,c) = 1/3 + 0.9 = 37/30.
    // p(a,b) = 2/3, p(a,c) = 1/3; p(b,a) = 2 / (2 + 37/30) = 60/97, p(b,c) = 37/97;
    // p(c,a) = 1 / (1 + 37/30) = 30/67, p(c,b) = 37/67.
    // c(a) = (p_ab + p_ac p_cb)^2 + (p_ac + p_ab p_bc)^2 = (2/3 + 37/201)^2 + (1/3 + 74/291)^2 = (171/201)^2 + (171/291)^2
    expect(byId(m, 'a').constraint).toBeCloseTo((171 / 201) ** 2 + (171 / 291) ** 2, 12);
    // m(b,c) = z(b,c) / max z(b,.) = (37/30) / 2; m(c,b) = (37/30) / max(1, 37/30) = 1.
    // ES(a) = (1 - p_ac m_bc) + (1 - p_ab m_cb) = (1 - 37/180) + (1 - 2/3) = 203/180
    expect(byId(m, 'a').effectiveSize).toBeCloseTo(203 / 180, 12);
  });
});

describe("Burt's measures on an unweighted ego network", () => {
  // Ego e tied (mutual, strong = weight 1) to x, y, z; x-y tied. Every z(u,v) = 2.
  const m = computeMapMetrics(
    mapOf(
      [pro('e'), pro('x'), pro('y'), pro('z')],
      [strength('1', 'e', 'x', 'strong'), strength('2', 'e', 'y', 'strong'), strength('3', 'e', 'z', 'strong'), strength('4', 'x', 'y', 'strong')],
    ),
  );

  it('constraint(e) = (1/3 + 1/3 * 1/2)^2 * 2 + (1/3)^2 = 1/2 + 1/9 = 11/18', () => {
    expect(byId(m, 'e').constraint).toBeCloseTo(11 / 18, 12);
  });

  it('constraint(x) = (1/2 + 1/4)^2 + (1/2 + 1/6)^2 = 9/16 + 4/9 = 145/144; z has a single contact: 1', () => {
    expect(byId(m, 'x').constraint).toBeCloseTo(145 / 144, 12);
    expect(byId(m, 'z').constraint).toBeCloseTo(1, 12);
  });

  it('effective size(e) = n - 2t/n = 3 - 2/3 = 7/3 (Borgatti 1997); x: 1; z: 1', () => {
    expect(byId(m, 'e').effectiveSize).toBeCloseTo(7 / 3, 12);
    expect(byId(m, 'x').effectiveSize).toBeCloseTo(1, 12);
    expect(byId(m, 'z').effectiveSize).toBeCloseTo(1, 12);
  });
});

describe('computeMapMetrics edge cases', () => {
  it('gives density and reciprocity 0 for one actor', () => {
    const m = computeMapMetrics(mapOf([pro('a')], []));
    expect([m.density, m.reciprocity, m.components]).toEqual([0, 0, 1]);
  });

  it('density of a complete mutual network is 1', () => {
    const m = computeMapMetrics(mapOf([pro('a'), pro('b'), pro('c')], [strength('1', 'a', 'b', 'weak'), strength('2', 'b', 'c', 'weak'), strength('3', 'a', 'c', 'stressful')]));
    expect(m.density).toBe(1);
    expect(m.reciprocity).toBe(1);
  });
});

describe('computeMapMetrics on an empty map', () => {
  it('returns zeros and no actors', () => {
    expect(computeMapMetrics(mapOf([], []))).toMatchObject({
      actorCount: 0,
      arcCount: 0,
      density: 0,
      reciprocity: 0,
      components: 0,
      componentMembers: [],
      isolates: [],
      actors: [],
    });
  });

  it('computeMapMetrics says what it counted: all actors, the child included, and the arcs', () => {
    const m = computeMapMetrics(mapOf([], []));
    expect(m.scope.en).toContain('Counted over all 0 actors (the child included) and 0 arcs');
    expect(m.scope.da).toContain('Optalt over alle 0 aktører (barnet medregnet)');
  });
});

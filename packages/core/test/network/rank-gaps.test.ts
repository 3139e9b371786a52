import { describe, expect, it } from 'vitest';
import { rankGaps } from '../../src/network/index';
import { mapOf, pro, rated, strength } from './fixtures';

describe('rankGaps', () => {
  // p1-p2 strong, p2-p3 strong, p3-p4 missing; the child x is tied strongly to p4 and p1, which
  // must not hide that p4 is cut off from the professionals.
  const map = mapOf(
    [{ id: 'x', label: 'Barn', kind: 'child' }, pro('p1'), pro('p2'), pro('p3'), pro('p4')],
    [
      strength('r1', 'p1', 'p2', 'strong'),
      strength('r2', 'p2', 'p3', 'strong'),
      strength('r3', 'p3', 'p4', 'missing'),
      strength('r4', 'x', 'p4', 'strong'),
      strength('r5', 'x', 'p1', 'strong'),
    ],
  );
  const gaps = rankGaps(map);

  it('ranks by components joined, then distance, then endpoint betweenness, then missing before none', () => {
    // Before: parts {p1,p2,p3} and {p4}; distances 1, 1, 2 -> mean 4/3.
    // p2-p4: star around p2, 1 part, distances 1,1,1,2,2,2 -> 3/2, drop -1/6.
    // p3-p4 (missing) and p1-p4: chains, 1 part, distances 1,1,1,2,2,3 -> 5/3, drop -1/3; both endpoint
    //   betweenness 0 (p2's is 2 / (3 * 2) = 1/3), so missing comes first.
    // p1-p3: a triangle, still 2 parts, drop 4/3 - 1 = 1/3.
    expect(gaps.map((g) => [g.a, g.b, g.kind])).toEqual([
      ['p2', 'p4', 'none'],
      ['p3', 'p4', 'missing'],
      ['p1', 'p4', 'none'],
      ['p1', 'p3', 'none'],
    ]);
    expect(gaps[0]).toMatchObject({ componentsBefore: 2, componentsAfter: 1, componentsDrop: 1 });
    expect(gaps[0]?.averageDistanceBefore).toBeCloseTo(4 / 3, 12);
    expect(gaps[0]?.averageDistanceAfter).toBeCloseTo(3 / 2, 12);
    expect(gaps[0]?.endpointBetweenness).toBeCloseTo(1 / 3, 12);
    expect(gaps[1]?.averageDistanceDrop).toBeCloseTo(-1 / 3, 12);
    expect(gaps[1]?.relationIds).toEqual(['r3']);
    expect(gaps[3]).toMatchObject({ componentsDrop: 0 });
    expect(gaps[3]?.averageDistanceDrop).toBeCloseTo(1 / 3, 12);
  });

  it('explains each gap in Danish and English', () => {
    expect(gaps[1]?.reason.en).toBe(
      'The relation between P3 and P4 is marked as missing. A relation here would join parts of the network that are now separate (2 parts would become 1).',
    );
    expect(gaps[1]?.reason.da).toBe(
      'Relationen mellem P3 og P4 er markeret som manglende. En relation her ville forbinde dele af netværket, som nu er adskilte (2 dele ville blive til 1).',
    );
    expect(gaps[3]?.reason.en).toBe(
      'P1 and P3 have no relation on the map. A relation here would shorten the paths through the network (average distance from 1.33 to 1.00 strong steps).',
    );
    expect(gaps[3]?.reason.da).toContain('fra 1,33 til 1,00');
  });

  it('lists a weak pair, which a strong tie would shorten: p1-p2 weak (distance 3) beside p1-p3-p2 (1 + 1)', () => {
    const m = mapOf(
      [pro('p1'), pro('p2'), pro('p3')],
      [strength('r1', 'p1', 'p2', 'weak'), strength('r2', 'p2', 'p3', 'strong'), strength('r3', 'p1', 'p3', 'strong')],
    );
    const [g, ...rest] = rankGaps(m);
    expect(rest).toEqual([]);
    // Distances 2, 1, 1 -> 4/3; with p1-p2 strong: 1 -> drop 1/3.
    expect(g).toMatchObject({ a: 'p1', b: 'p2', kind: 'weak', relationIds: ['r1'], componentsDrop: 0 });
    expect(g?.averageDistanceDrop).toBeCloseTo(1 / 3, 12);
    expect(g?.reason.en).toMatch(/^The relation between P1 and P2 is weak\. A strong relation here/);
  });

  it('ignores pairs whose best relation is better than weak, or stressful, and pairs involving non-professionals', () => {
    const m = mapOf(
      [pro('p1'), pro('p2'), pro('p3'), pro('o', { kind: 'organisation' })],
      [
        strength('r1', 'p1', 'p2', 'weak', true),
        rated('r2', 'p2', 'p1', 4.5),
        strength('r3', 'p2', 'p3', 'stressful'),
        strength('r4', 'p1', 'p3', 'strong'),
        strength('r5', 'o', 'p1', 'missing'),
      ],
    );
    expect(rankGaps(m)).toEqual([]);
  });

  it('returns no gaps for a map without professionals', () => {
    expect(rankGaps(mapOf([{ id: 'x', label: 'Barn', kind: 'child' }], []))).toEqual([]);
  });
});

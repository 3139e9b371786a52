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
  const gaps = rankGaps(map).gaps;

  it('ranks by components joined, then efficiency gained, then endpoint betweenness, then missing before none', () => {
    // Efficiency E = sum over ordered pairs of 1/d, divided by n(n-1) = 12; unreachable pairs add 0.
    // Before: parts {p1,p2,p3} and {p4}; unordered 1/d: p1p2 1, p2p3 1, p1p3 1/2 -> E = 2 * 2.5 / 12 = 5/12.
    // p2-p4: star around p2: 1,1,1 + 1/2,1/2,1/2 = 4.5 -> E = 9/12, gain 4/12.
    // p3-p4 (missing) and p1-p4: chains: 1,1,1 + 1/2,1/2 + 1/3 = 13/3 -> E = 26/36, gain 26/36 - 15/36 = 11/36;
    //   both endpoint betweenness 0 (p2's is 2 / (3 * 2) = 1/3), so missing comes first.
    // p1-p3: a triangle beside the isolate, still 2 parts: 1,1,1 -> E = 6/12, gain 1/12.
    expect(gaps.map((g) => [g.a, g.b, g.kind])).toEqual([
      ['p2', 'p4', 'none'],
      ['p3', 'p4', 'missing'],
      ['p1', 'p4', 'none'],
      ['p1', 'p3', 'none'],
    ]);
    expect(gaps[0]).toMatchObject({ componentsBefore: 2, componentsAfter: 1, componentsDrop: 1 });
    expect(gaps[0]?.efficiencyBefore).toBeCloseTo(5 / 12, 12);
    expect(gaps[0]?.efficiencyGain).toBeCloseTo(1 / 3, 12);
    expect(gaps[0]?.endpointBetweenness).toBeCloseTo(1 / 3, 12);
    expect(gaps[1]?.efficiencyGain).toBeCloseTo(11 / 36, 12);
    expect(gaps[1]?.relationIds).toEqual(['r3']);
    expect(gaps[3]).toMatchObject({ componentsDrop: 0 });
    expect(gaps[3]?.efficiencyGain).toBeCloseTo(1 / 12, 12);
    // Harmonic mean distance = 1 / E: 12/5 = 2.4 before, 2 after closing p1-p3.
    expect(gaps[3]?.averageDistanceBefore).toBeCloseTo(2.4, 12);
    expect(gaps[3]?.averageDistanceAfter).toBeCloseTo(2, 12);
  });

  it('prefers joining an isolated actor to the main group over joining two isolated actors', () => {
    // p1-p2-p3 chain, p4 and p5 alone. Joining p4-p5 and p2-p4 both drop the parts from 3 to 2;
    // p4-p5 adds one pair (1/d = 1 both ways): sum 2*(1+1+1/2) + 2 = 7; p2-p4 adds p4 to the chain
    // as a star: 2*(1+1+1+1/2+1/2+1/2) = 9. So p2-p4 ranks first.
    const m = mapOf([pro('p1'), pro('p2'), pro('p3'), pro('p4'), pro('p5')], [strength('r1', 'p1', 'p2', 'strong'), strength('r2', 'p2', 'p3', 'strong')]);
    const ranked = rankGaps(m).gaps;
    expect(ranked[0]).toMatchObject({ a: 'p2', b: 'p4' });
    const p4p5 = ranked.find((g) => g.a === 'p4' && g.b === 'p5');
    expect(p4p5?.efficiencyGain).toBeCloseTo(2 / 20, 12);
    expect(ranked[0]?.efficiencyGain).toBeCloseTo(4 / 20, 12);
  });

  it('explains each gap in Danish and English', () => {
    expect(gaps[1]?.reason.en).toBe(
      'The relation between P3 and P4 is marked as missing. A relation here would join parts of the network that are now separate (2 parts would become 1).',
    );
    expect(gaps[1]?.reason.da).toBe(
      'Relationen mellem P3 og P4 er markeret som manglende. En relation her ville forbinde dele af netværket, som nu er adskilte (2 dele ville blive til 1).',
    );
    expect(gaps[3]?.reason.en).toBe(
      'P1 and P3 have no relation on the map. A relation here would shorten the paths through the network (average distance from 2.40 to 2.00 strong steps).',
    );
    expect(gaps[3]?.reason.da).toContain('fra 2,40 til 2,00');
  });

  it('lists a weak pair, which a strong tie would shorten: p1-p2 weak (distance 3) beside p1-p3-p2 (1 + 1)', () => {
    const m = mapOf(
      [pro('p1'), pro('p2'), pro('p3')],
      [strength('r1', 'p1', 'p2', 'weak'), strength('r2', 'p2', 'p3', 'strong'), strength('r3', 'p1', 'p3', 'strong')],
    );
    const [g, ...rest] = rankGaps(m).gaps;
    expect(rest).toEqual([]);
    // Distances 2 (via p3), 1, 1 -> E = 2 * (1/2 + 1 + 1) / 6 = 5/6; with p1-p2 strong E = 1 -> gain 1/6.
    expect(g).toMatchObject({ a: 'p1', b: 'p2', kind: 'weak', relationIds: ['r1'], componentsDrop: 0 });
    expect(g?.efficiencyGain).toBeCloseTo(1 / 6, 12);
    expect(g?.reason.en).toContain('average distance from 1.20 to 1.00 strong steps');
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
    expect(rankGaps(m).gaps).toEqual([]);
  });

  it('returns no gaps for a map without professionals', () => {
    expect(rankGaps(mapOf([{ id: 'x', label: 'Barn', kind: 'child' }], [])).gaps).toEqual([]);
  });
});

import { assignCurvatures, mergeLineStyles, ringRadii } from '../../src/scene/index';
import { describe, expect, it } from 'vitest';

describe('assignCurvatures', () => {
  it.each([
    // [edges, expected curvature per id] with spacing 0.3: k edges get 0.3 * (i - (k - 1) / 2)
    [[['r1', 'a', 'b']], { r1: 0 }],
    [[['r1', 'a', 'b'], ['r2', 'b', 'a']], { r2: -0.15, r1: 0.15 }],
    [[['r1', 'a', 'b'], ['r2', 'b', 'a'], ['r3', 'a', 'b']], { r2: -0.3, r1: 0, r3: 0.3 }],
    [[['s', 'a', 'a']], { s: 0 }],
  ] as const)('assignCurvatures spreads parallel edges of one pair (%j)', (edges, expected) => {
    const got = assignCurvatures(
      edges.map(([id, source, target]) => ({ id, source, target })),
      0.3,
    );
    for (const [id, c] of Object.entries(expected)) expect(got.get(id)).toBeCloseTo(c, 10);
  });
});

describe('ringRadii', () => {
  it('ringRadii keeps rings ringGap apart and widens a crowded ring', () => {
    // ring 2 holds 12 actors: 12 * 170 / 2π = 324.7 > 150 + 150
    const r = ringRadii([1, 0, 12, 1, 0], 150, 170);
    expect(r[0]).toBe(0);
    expect(r[1]).toBe(150);
    expect(r[2]).toBeCloseTo((12 * 170) / (2 * Math.PI), 10);
    expect(r[3]).toBeCloseTo((12 * 170) / (2 * Math.PI) + 150, 10);
  });
});

describe('mergeLineStyles', () => {
  it('mergeLineStyles overrides one field and keeps the rest', () => {
    const s = mergeLineStyles({ missing: { color: '#000000' } });
    expect(s.missing.color).toBe('#000000');
    expect(s.missing.dash).toBe('0.1 8');
    expect(s.strong.dash).toBe('');
    expect(s.stressful.zigzag).toBe(true);
  });

  it('mergeLineStyles gives every style a distinct look besides colour', () => {
    const s = mergeLineStyles();
    const looks = ['strong', 'moderate', 'weak', 'stressful', 'missing', 'unknown'].map((k) => {
      const x = s[k as keyof typeof s];
      return `${x.width}|${x.dash}|${x.zigzag}`;
    });
    expect(new Set(looks).size).toBe(looks.length);
  });
});

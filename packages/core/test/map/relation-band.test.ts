import { describe, expect, it } from 'vitest';
import type { Relation } from '../../src/map/index';
import { relationBand, relationScore, relationStyleKey } from '../../src/map/index';

const rated = (extra: Partial<Extract<Relation, { kind: 'rated' }>>): Relation => ({
  id: 'r',
  source: 'a',
  target: 'b',
  directed: true,
  kind: 'rated',
  ratings: {},
  ...extra,
});

describe('relationBand', () => {
  it.each([
    ['strong', 'strong'],
    ['weak', 'weak'],
    ['missing', 'missing'],
    ['stressful', 'stressful'],
  ] as const)('keeps the strength %s of a strength relation', (strength, band) => {
    expect(relationBand({ id: 'r', source: 'a', target: 'b', directed: false, kind: 'strength', strength })).toBe(band);
  });

  it.each([
    [3.49, 'weak'],
    [3.5, 'moderate'],
    [4.0, 'moderate'],
    [4.01, 'strong'],
  ] as const)('classifies a rated relation with rc %s as %s (default bands)', (rc, band) => {
    expect(relationBand(rated({ rc, ratings: { frequency: 1 } }))).toBe(band);
  });

  it('uses the mean of the ratings when rc is absent', () => {
    // (4 + 4 + 5) / 3 = 4.333 > 4.0 -> strong; (3 + 4) / 2 = 3.5 -> moderate
    expect(relationBand(rated({ ratings: { frequency: 4, accuracy: 4, shared_goals: 5 } }))).toBe('strong');
    expect(relationScore(rated({ ratings: { frequency: 3, accuracy: 4 } }))).toBeCloseTo(3.5, 12);
  });

  it('prefers rc over the ratings mean', () => {
    expect(relationBand(rated({ rc: 3.0, ratings: { frequency: 5 } }))).toBe('weak');
  });

  it('calls a suppressed or unscored rated relation unknown, never missing', () => {
    expect(relationBand(rated({ suppressed: true }))).toBe('unknown');
    expect(relationBand(rated({}))).toBe('unknown');
  });

  it('honours custom bands', () => {
    expect(relationBand(rated({ rc: 3.2 }), { weakBelow: 3, strongAbove: 3.1 })).toBe('strong');
  });

  it('relationStyleKey gives the same key', () => {
    expect(relationStyleKey(rated({ rc: 3.7 }))).toBe('moderate');
  });
});

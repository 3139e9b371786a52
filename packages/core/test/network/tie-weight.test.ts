import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { DEFAULT_TIE_WEIGHTS, relationWeight } from '../../src/network/index';
import { rated, strength } from './fixtures';

describe('relationWeight', () => {
  it.each([
    ['strong', 1],
    ['weak', 1 / 3],
    ['stressful', 1 / 3],
  ] as const)('weighs a %s relation %d', (s, w) => {
    expect(relationWeight(strength('r', 'a', 'b', s))).toBeCloseTo(w, 12);
  });

  it('gives a missing relation no weight: it is not a tie', () => {
    expect(relationWeight(strength('r', 'a', 'b', 'missing'))).toBeUndefined();
  });

  it('weighs a rated relation rc / 5 by default and by band on request', () => {
    expect(relationWeight(rated('r', 'a', 'b', 4.5))).toBeCloseTo(0.9, 12); // 4.5 / 5
    expect(relationWeight(rated('r', 'a', 'b', 3.7), { ratedWeight: 'band' })).toBeCloseTo(2 / 3, 12); // moderate
  });

  it('weighs a suppressed rated relation as unknown', () => {
    const r = { ...rated('r', 'a', 'b', 4), rc: undefined, suppressed: true };
    expect(relationWeight(r)).toBe(DEFAULT_TIE_WEIGHTS.unknown);
  });

  it('rejects a weight of 0, which would be an infinite distance', () => {
    expect(() => relationWeight(strength('r', 'a', 'b', 'weak'), { weights: { ...DEFAULT_TIE_WEIGHTS, weak: 0 } })).toThrow(OptionsError);
  });
});

import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { mean, sampleVariance, tConfidenceInterval } from '../../src/stats/index';

describe('mean and sampleVariance', () => {
  it('mean averages and is null for no values', () => {
    expect(mean([3, 4, 5])).toBe(4);
    expect(mean([])).toBeNull();
  });

  it('sampleVariance divides by n - 1', () => {
    // mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, / 7
    expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 14);
    expect(sampleVariance([3])).toBeNull();
  });

  it('mean and sampleVariance reject values that are not finite numbers', () => {
    expect(() => mean([1, Number.NaN])).toThrow(OptionsError);
    expect(() => sampleVariance([1, Number.POSITIVE_INFINITY])).toThrow(OptionsError);
  });
});

describe('tConfidenceInterval', () => {
  it('tConfidenceInterval is mean ± t(0.975, n-1) sd / sqrt(n)', () => {
    // n = 4: 3.5 ± 3.18244631 · 1 / 2 = 3.5 ± 1.591223155
    const [lo, hi] = tConfidenceInterval(3.5, 1, 4)!;
    expect(lo).toBeCloseTo(3.5 - 1.591223155, 8);
    expect(hi).toBeCloseTo(3.5 + 1.591223155, 8);
  });

  it('tConfidenceInterval uses the requested level: 90 % with n = 11 uses t(0.95, 10) = 1.81246112', () => {
    const [lo] = tConfidenceInterval(0, Math.sqrt(11), 11, 0.9)!;
    expect(lo).toBeCloseTo(-1.81246112, 7);
  });

  it('tConfidenceInterval is null below n = 2 and rejects a bad level', () => {
    expect(tConfidenceInterval(4, 0, 1)).toBeNull();
    expect(() => tConfidenceInterval(4, 1, 5, 1.5)).toThrow(OptionsError);
  });
});

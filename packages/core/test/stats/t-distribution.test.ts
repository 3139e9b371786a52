import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { studentTCdf, tQuantile } from '../../src/stats/index';

// Two-sided 95 % critical values from published t tables (Abramowitz & Stegun 1964, table 26.10;
// NIST/SEMATECH e-Handbook, table 1.3.6.7.2), to the digits printed there.
const TABLE: readonly [number, number][] = [
  [1, 12.7062047],
  [2, 4.30265273],
  [3, 3.18244631],
  [10, 2.22813885],
  [30, 2.04227246],
  [1000, 1.96233908],
];

describe('tQuantile', () => {
  it.each(TABLE)('tQuantile(0.975, %d) matches the table value %d to 1e-6', (df, expected) => {
    expect(Math.abs(tQuantile(0.975, df) - expected)).toBeLessThan(1e-6);
  });

  it('tQuantile is symmetric: t(0.025, df) = -t(0.975, df)', () => {
    for (const [df] of TABLE) expect(tQuantile(0.025, df)).toBeCloseTo(-tQuantile(0.975, df), 12);
  });

  it('tQuantile accepts a non-integer df (Welch): t(0.975, 6.96) lies between t(0.975, 6) and t(0.975, 7)', () => {
    // table: t(0.975, 6) = 2.44691185, t(0.975, 7) = 2.36462425
    const t = tQuantile(0.975, 6.96);
    expect(t).toBeLessThan(2.44691185);
    expect(t).toBeGreaterThan(2.36462425);
  });

  it('tQuantile(0.5, df) is 0 and the one-sided t(0.95, 5) = 2.01504837 (table)', () => {
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(Math.abs(tQuantile(0.95, 5) - 2.01504837)).toBeLessThan(1e-7);
  });

  it('tQuantile inverts studentTCdf, also far in the tail', () => {
    for (const p of [1e-10, 0.001, 0.2, 0.9, 0.999999]) {
      for (const df of [1, 2, 3.5, 12, 250]) expect(studentTCdf(tQuantile(p, df), df) / p).toBeCloseTo(1, 8);
    }
  });

  it.each([
    [0, 5],
    [1, 5],
    [0.5, 0],
    [0.5, -2],
    [Number.NaN, 3],
  ])('tQuantile(%d, %d) throws OptionsError', (p, df) => {
    expect(() => tQuantile(p, df)).toThrow(OptionsError);
  });
});

describe('studentTCdf', () => {
  it('studentTCdf(1, 1) = 3/4 (Cauchy: 1/2 + atan(1)/π)', () => {
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 14);
  });

  it('studentTCdf(2, 2) = 1/2 + 2 / (2 sqrt(2 + 4)) (closed form for df 2)', () => {
    expect(studentTCdf(2, 2)).toBeCloseTo(0.5 + 1 / Math.sqrt(6), 14);
  });
});

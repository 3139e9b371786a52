import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { welchDifference } from '../../src/stats/index';

describe('welchDifference (Welch 1947; Satterthwaite 1946)', () => {
  it('welchDifference matches a hand-computed interval', () => {
    // before n 4, mean 3.2, sd 0.5; after n 5, mean 3.9, sd 0.6
    // v1 = 0.25/4 = 0.0625, v2 = 0.36/5 = 0.072; se = sqrt(0.1345) = 0.3667424164
    // df = 0.1345² / (0.0625²/3 + 0.072²/4) = 0.01809025 / (0.0013020833 + 0.001296) = 6.9629214
    // t(0.975, 6.9629) = 2.3671793 (between the table's t(0.975, 7) = 2.3646 and t(0.975, 6) = 2.4469)
    // CI = 0.7 ± 2.3671793 · 0.3667424 = 0.7 ± 0.8681450 = [-0.1681450, 1.5681450]
    const w = welchDifference({ n: 4, mean: 3.2, sd: 0.5 }, { n: 5, mean: 3.9, sd: 0.6 })!;
    expect(w.difference).toBeCloseTo(0.7, 12);
    expect(w.se).toBeCloseTo(0.3667424164, 9);
    expect(w.df).toBeCloseTo(6.9629214, 6);
    expect(w.ci![0]).toBeCloseTo(-0.168145, 6);
    expect(w.ci![1]).toBeCloseTo(1.568145, 6);
  });

  it('welchDifference reduces to the pooled df n1 + n2 - 2 for equal n and sd', () => {
    // n 10 each, sd 1: v1 = v2 = 0.1, df = 0.04 / (2 · 0.01/9) = 18; se = sqrt(0.2)
    const w = welchDifference({ n: 10, mean: 3, sd: 1 }, { n: 10, mean: 3.5, sd: 1 })!;
    expect(w.df).toBeCloseTo(18, 12);
    // t(0.975, 18) = 2.10092204 (table)
    expect(w.ci![1]).toBeCloseTo(0.5 + 2.10092204 * Math.sqrt(0.2), 7);
  });

  it('welchDifference is null below n = 2 and has no interval without spread', () => {
    expect(welchDifference({ n: 1, mean: 3, sd: 0 }, { n: 5, mean: 4, sd: 1 })).toBeNull();
    expect(welchDifference({ n: 3, mean: 3, sd: 0 }, { n: 3, mean: 4, sd: 0 })).toEqual({ difference: 1, se: 0, df: null, ci: null });
  });

  it('welchDifference rejects a bad sample or level', () => {
    expect(() => welchDifference({ n: 3, mean: 3, sd: -1 }, { n: 3, mean: 4, sd: 1 })).toThrow(OptionsError);
    expect(() => welchDifference({ n: 3, mean: 3, sd: 1 }, { n: 3, mean: 4, sd: 1 }, 0)).toThrow(OptionsError);
  });
});

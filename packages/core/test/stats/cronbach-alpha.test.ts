import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { createAlphaAccumulator, cronbachAlpha, cronbachAlphaFromSums } from '../../src/stats/index';

describe('cronbachAlpha (Cronbach 1951)', () => {
  it('cronbachAlpha matches a hand-worked 3 x 3 example', () => {
    // item variances 7/3, 1/3, 1 (sum 11/3); totals 13, 8, 13 -> variance 25/3;
    // alpha = 3/2 · (1 - 11/25) = 0.84
    expect(cronbachAlpha([[4, 4, 5], [2, 3, 3], [5, 4, 4]])).toBeCloseTo(0.84, 12);
  });

  it('cronbachAlpha matches the textbook example of Denis (2016), SPSS alpha 0.633', () => {
    // Denis, D. J. (2016). Applied Univariate, Bivariate, and Multivariate Statistics. Wiley,
    // section on Cronbach's alpha: 10 cases x 5 items, SPSS "Cronbach's Alpha 0.633".
    // Item variances 661/90, 2296/90, 2029/90, 664/90, 1300/90 (sum 6950/90 = 695/9);
    // total variance 1408.4/9; alpha = 5/4 · (1 - 695/1408.4) = 0.6331653
    const data = [
      [10, 12, 15, 11, 12],
      [12, 18, 12, 12, 1],
      [8, 16, 14, 14, 4],
      [6, 8, 16, 8, 6],
      [4, 7, 8, 7, 5],
      [6, 6, 3, 7, 3],
      [3, 4, 6, 5, 8],
      [7, 3, 7, 9, 9],
      [8, 9, 4, 10, 10],
      [9, 5, 6, 11, 12],
    ];
    expect(cronbachAlpha(data)).toBeCloseTo((5 / 4) * (1 - 695 / 1408.4), 12);
    expect(cronbachAlpha(data)!.toFixed(3)).toBe('0.633');
  });

  it('cronbachAlpha can be negative (items that disagree) and is reported as computed', () => {
    // items (1,5), (5,1), (3,3): variances 4 and 4, totals all 6 -> variance 0 -> null;
    // (1,5), (5,1), (3,4): item variances 4 and 13/3, totals 6, 6, 7 -> 1/3;
    // alpha = 2 · (1 - (25/3) / (1/3)) = 2 · (1 - 25) = -48
    expect(cronbachAlpha([[1, 5], [5, 1], [3, 3]])).toBeNull();
    expect(cronbachAlpha([[1, 5], [5, 1], [3, 4]])).toBeCloseTo(-48, 10);
  });

  it('cronbachAlpha is null for fewer than 2 cases or 1 item', () => {
    expect(cronbachAlpha([])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(cronbachAlpha([[1], [2], [3]])).toBeNull();
  });

  it('createAlphaAccumulator gives the same alpha from running sums and rejects ragged cases', () => {
    const acc = createAlphaAccumulator(3);
    for (const c of [[4, 4, 5], [2, 3, 3], [5, 4, 4]]) acc.add(c);
    expect(cronbachAlphaFromSums(acc.sums())).toBeCloseTo(0.84, 12);
    expect(() => acc.add([1, 2])).toThrow(OptionsError);
  });
});

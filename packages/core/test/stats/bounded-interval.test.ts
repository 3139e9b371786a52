import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDimensionSet } from '../../src/dimensions/index';
import { boundInterval, scoreRange } from '../../src/stats/index';

describe('boundInterval', () => {
  const scale = { min: 1, max: 5 };

  it('boundInterval clips a bound past the scale and marks it, keeping the raw bounds', () => {
    expect(boundInterval([2.5, 5.95], scale)).toEqual({ low: 2.5, high: 5, lowClipped: false, highClipped: true, raw: [2.5, 5.95] });
    expect(boundInterval([0.4, 3.1], scale)).toEqual({ low: 1, high: 3.1, lowClipped: true, highClipped: false, raw: [0.4, 3.1] });
    expect(boundInterval([1.52, 6.48], scale)).toMatchObject({ low: 1.52, high: 5, highClipped: true });
  });

  it('boundInterval leaves an interval inside the scale (ends included) unmarked', () => {
    expect(boundInterval([1, 5], scale)).toMatchObject({ low: 1, high: 5, lowClipped: false, highClipped: false });
    expect(boundInterval(null, scale)).toBeNull();
  });

  it('boundInterval always lies within the scale and marks exactly the bounds it moved', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (lo, w) => {
        const b = boundInterval([lo, lo + w], scale)!;
        expect(b.low >= 1 && b.low <= 5 && b.high >= 1 && b.high <= 5).toBe(true);
        expect(b.lowClipped).toBe(b.low !== lo);
        expect(b.highClipped).toBe(b.high !== lo + w);
      }),
    );
  });

  it('scoreRange of the relational coordination set is 1..5', () => {
    expect(scoreRange(getDimensionSet('relational_coordination'))).toEqual({ min: 1, max: 5 });
  });
});

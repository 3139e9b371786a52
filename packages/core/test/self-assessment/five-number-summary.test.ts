import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { fiveNumberSummary } from '../../src/self-assessment/index';

describe('fiveNumberSummary (Tukey hinges)', () => {
  // Hand-computed with n4 = floor((n + 3) / 2) / 2 and depths 1, n4, (n + 1) / 2, n + 1 - n4, n.
  const cases: [string, number[], [number, number, number, number, number]][] = [
    ['a single rating', [7], [7, 7, 7, 7, 7]],
    ['two ratings: n4 = 1, median depth 1.5', [8, 3], [3, 3, 5.5, 8, 8]],
    ['n = 4: n4 = 1.5, hinges between neighbours', [4, 1, 3, 2], [1, 1.5, 2.5, 3.5, 4]],
    ['n = 5 (odd): halves include the median', [5, 3, 1, 4, 2], [1, 2, 3, 4, 5]],
    ['n = 6 (even): halves of three', [6, 1, 5, 2, 4, 3], [1, 2, 3.5, 5, 6]],
    ['n = 7: n4 = 2.5', [1, 2, 3, 4, 5, 6, 7], [1, 2.5, 4, 5.5, 7]],
    ['ties: everyone agrees', [6, 6, 6, 6, 6], [6, 6, 6, 6, 6]],
    ['ties at the hinges', [2, 8, 8, 8, 9, 2], [2, 2, 8, 8, 9]],
    ['a team of five, 0..10', [7, 3, 8, 9, 6], [3, 6, 7, 8, 9]],
  ];

  it.each(cases)('%s', (_what, values, [min, q1, median, q3, max]) => {
    expect(fiveNumberSummary(values)).toEqual({ min, q1, median, q3, max });
  });

  it('is null for no ratings', () => {
    expect(fiveNumberSummary([])).toBeNull();
  });

  it('throws OptionsError for a value that is not finite, naming its index', () => {
    try {
      fiveNumberSummary([1, Number.NaN]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OptionsError);
      expect((e as OptionsError).location.path).toBe('[1]');
    }
  });

  const ratings = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 });

  it('keeps min <= q1 <= median <= q3 <= max', () => {
    fc.assert(
      fc.property(ratings, (values) => {
        const s = fiveNumberSummary(values)!;
        return s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max;
      }),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(ratings, fc.integer(), (values, seed) => {
        const shuffled = [...values];
        let r = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          r = (r * 1103515245 + 12345) | 0;
          const j = Math.abs(r) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(fiveNumberSummary(shuffled)).toEqual(fiveNumberSummary(values));
      }),
    );
  });

  it('gives hinges that are a rating or halfway between two (whole ratings give halves)', () => {
    fc.assert(
      fc.property(ratings, (values) => {
        const s = fiveNumberSummary(values)!;
        return [s.q1, s.median, s.q3].every((v) => Number.isInteger(v * 2));
      }),
    );
  });
});

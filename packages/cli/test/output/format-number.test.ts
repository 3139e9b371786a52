import { describe, expect, it } from 'vitest';
import { formatInterval, formatNumber, scaleOfScore } from '../../src/output/format-number';

describe('formatNumber', () => {
  it.each([
    [4.1666, 2, '4.17'],
    [3.5, 2, '3.50'],
    [-0.0001, 2, '0.00'],
    [-0.25, 2, '-0.25'],
    [null, 2, '-'],
    [Number.NaN, 2, '-'],
    [0.3571428, 3, '0.357'],
  ])('formatNumber(%s, %i) is %j', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });

  it('formatNumber writes a decimal comma in Danish', () => {
    expect(formatNumber(4.1666, 2, 'da')).toBe('4,17');
    expect(formatNumber(-0.25, 2, 'da')).toBe('-0,25');
  });
});

describe('formatInterval', () => {
  const scale = { min: 1, max: 5 };
  it('formatInterval clips a bound past the 1..5 scale and marks it *', () => {
    expect(formatInterval([1.516, 6.484], scale)).toBe('1.52 - 5.00*');
    expect(formatInterval([0.2, 3.1], scale, 'da', ' – ')).toBe('1,00* – 3,10');
    expect(formatInterval([2, 4], scale)).toBe('2.00 - 4.00');
    expect(formatInterval(null, scale)).toBe('-');
  });

  it('scaleOfScore is 1..5 for a shipped set and unbounded for one that is not built in', () => {
    expect(scaleOfScore({ dimensionSet: 'relational_coordination' })).toEqual({ min: 1, max: 5 });
    expect(scaleOfScore({ dimensionSet: 'own_set' }).max).toBe(Number.POSITIVE_INFINITY);
  });
});

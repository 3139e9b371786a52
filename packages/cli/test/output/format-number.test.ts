import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/output/format-number';

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

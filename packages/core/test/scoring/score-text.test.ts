import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBand, formatScoreText, scoreDigits } from '../../src/scoring/index';

describe('scoreDigits', () => {
  it.each([
    [3.47, 1, 2], // weak; "3.5" is moderate
    [3.42, 1, 1],
    [3.5, 1, 1],
    [4.04, 1, 2], // strong; "4.0" is moderate
    [3.96, 1, 1], // moderate; "4.0" still moderate
    [3.4951, 2, 3], // "3.50" is moderate, "3.495" is weak
    [4.001, 1, 3],
  ])('scoreDigits(%d, %d) is %d', (value, digits, expected) => {
    expect(scoreDigits(value, digits)).toBe(expected);
  });

  it('formatScoreText never puts a weak 3.47 next to a moderate 3.5 as the same text', () => {
    expect(formatScoreText(3.47, 'da')).toBe('3,47');
    expect(formatScoreText(3.53, 'da')).toBe('3,5');
    expect(formatScoreText(null)).toBe('-');
  });

  it('a rounded score reads as its own band (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), fc.integer({ min: 1, max: 3 }), (v, d) => {
        const text = formatScoreText(v, 'en', d);
        const digits = text.split('.')[1]?.length ?? 0;
        if (digits < 6) expect(classifyBand(Number(text))).toBe(classifyBand(v));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFractionalText, wholeNumberFromText } from '../../src/io/index';

describe('wholeNumberFromText', () => {
  it.each([
    ['4', 4],
    ['+4', 4],
    ['-2', -2],
    ['4.0', 4],
    ['4,00', 4],
    [' 5 ', 5],
    ['4.0000000000000001', undefined],
    ['4.5', undefined],
    ['1e0', undefined],
    ['0x4', undefined],
    ['', undefined],
    ['4.', undefined],
  ])('wholeNumberFromText(%j) is %j', (text, expected) => {
    expect(wholeNumberFromText(text)).toBe(expected);
  });

  it('isFractionalText sees digits that a float round trip loses', () => {
    expect(isFractionalText('4.0000000000000001')).toBe(true);
    expect(Number('4.0000000000000001')).toBe(4);
    expect(isFractionalText('4,000')).toBe(false);
  });

  it('wholeNumberFromText reads back any safe whole number it is given (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), fc.nat(3), (n, zeros) => {
        expect(wholeNumberFromText(`${n}${zeros > 0 ? `.${'0'.repeat(zeros)}` : ''}`)).toBe(n);
      }),
    );
  });
});

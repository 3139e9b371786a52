import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { padToWidth, stringWidth } from '../../src/output/string-width';

describe('stringWidth', () => {
  it.each([
    ['Lærer', 5],
    ['Pædagog', 7],
    ['Sundhedsplejerske', 17],
    ['Socialrådgiver', 14],
    ['a\u030a', 1], // decomposed å: a + combining ring above
    ['ÆØÅ', 3],
    ['', 0],
    ['日本', 4], // East Asian Wide: two columns each
    ['\u{1F600}', 2], // emoji outside the BMP: one code point, two UTF-16 units, two columns
  ])('stringWidth(%j) is %i columns', (text, width) => {
    expect(stringWidth(text)).toBe(width);
  });

  it('padToWidth pads Danish labels to the same width as ASCII ones', () => {
    expect(padToWidth('Lærer', 7)).toBe('Lærer  ');
    expect(padToWidth('Laerer', 7)).toBe('Laerer ');
    expect(padToWidth('4.20', 6, 'right')).toBe('  4.20');
  });

  it('padToWidth never shortens and always reaches the width for printable Latin text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-ZæøåÆØÅ ]{0,20}$/), fc.integer({ min: 0, max: 30 }), (s, w) => {
        const padded = padToWidth(s, w);
        expect(padded.startsWith(s)).toBe(true);
        expect(stringWidth(padded)).toBe(Math.max(w, [...s].length));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/output/terminal-text';

describe('terminalText', () => {
  it.each([
    ['Kort \u001b[2J\u001b[31mrødt', 'Kort \uFFFD[2J\uFFFD[31mrødt'],
    ['titel\u001b]0;pwned\u0007', 'titel\uFFFD]0;pwned\uFFFD'],
    ['a\u009b31m', 'a\uFFFD31m'],
    ['abc\u202edcba', 'abc\uFFFDdcba'],
    ['x\ry', 'x\uFFFDy'],
    ['a,b\r\nc\td\n', 'a,b\r\nc\td\n'],
    ['Lærer æøå', 'Lærer æøå'],
  ])('terminalText(%j) is %j', (input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });

  it('terminalText never lets an ESC, C1 or lone CR through and keeps the length (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const t = terminalText(s);
        expect(t).not.toMatch(/[\u001b\u0080-\u009f]|\r(?!\n)/);
        expect(t.length).toBe(s.length);
      }),
    );
  });
});

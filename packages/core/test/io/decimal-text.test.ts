import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFractionalText, wholeNumberFromText } from '../../src/io/index';
import { SurveyFormatError } from '../../src/errors/index';
import { parseSurvey } from '../../src/survey/index';

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

describe('parseSurvey reads whole numbers from the decimal text', () => {
  const csv = (v: string): string => `respondent_id,role,target_role,dimension,value\nR1,Lærer,Pædagog,frequency,${v}\n`;

  it('parseSurvey accepts 4 and 4.0 as 4', () => {
    expect(parseSurvey(csv('4')).answers[0]!.value).toBe(4);
    expect(parseSurvey(csv('4.0')).answers[0]!.value).toBe(4);
  });

  it('parseSurvey refuses 4.0000000000000001 with its line and column instead of reading 4', () => {
    const e = (() => {
      try {
        parseSurvey(csv('4.0000000000000001'));
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(SurveyFormatError);
    expect((e as SurveyFormatError).location).toMatchObject({ line: 2, value: '4.0000000000000001' });
  });
});

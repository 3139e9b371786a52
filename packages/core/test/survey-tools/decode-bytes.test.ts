import { describe, expect, it } from 'vitest';
import { SurveyFormatError } from '../../src/errors/index';
import { decodeBytes } from '../../src/survey-tools/index';
import { fixture, thrownBy } from './fixtures';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x4c, 0xc3, 0xa6, 0x72, 0x65, 0x72), 'utf-8', 'byte order mark'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x4c, 0, 0xe6, 0, 0x72, 0, 0x65, 0, 0x72, 0), 'utf-16le', 'byte order mark'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0, 0x4c, 0, 0xe6, 0, 0x72, 0, 0x65, 0, 0x72), 'utf-16be', 'byte order mark'],
    ['UTF-8 without BOM', bytes(0x4c, 0xc3, 0xa6, 0x72, 0x65, 0x72), 'utf-8', 'valid UTF-8'],
  ])('reads "Lærer" from %s', (_name, input, encoding, reason) => {
    const d = decodeBytes(input);
    expect(d.text).toBe('Lærer');
    expect(d.encoding).toBe(encoding);
    expect(d.reason).toBe(reason);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, keeping æ ø å single letters', () => {
    // 0xE6 = æ, 0xF8 = ø, 0xE5 = å in Windows-1252; 0x80 = € (differs from Latin-1).
    const d = decodeBytes(bytes(0xe6, 0xf8, 0xe5, 0x20, 0x80));
    expect(d.text).toBe('æøå €');
    expect(d.encoding).toBe('windows-1252');
  });

  it('refuses UTF-16 without a byte order mark, with the file and line 1', () => {
    const err = thrownBy(SurveyFormatError, () => decodeBytes(fixture('bad/utf16le-no-bom.txt'), 'data.txt'));
    expect(err.code).toBe('RELCAP_UTF16_NO_BOM');
    expect(err.location).toMatchObject({ file: 'data.txt', line: 1 });
    expect(err.location.expected).toContain('--encoding utf-16le');
  });

  it('reads UTF-16 without a byte order mark when the encoding is forced', () => {
    const d = decodeBytes(fixture('bad/utf16le-no-bom.txt'), 'data.txt', 'utf-16le');
    expect(d.text.startsWith('baggrund\ts_1')).toBe(true);
    expect(d.reason).toBe('forced');
  });

  it('reports a forced encoding the bytes do not fit', () => {
    const err = thrownBy(SurveyFormatError, () => decodeBytes(bytes(0xe6, 0x41), 'x.csv', 'utf-8'));
    expect(err.code).toBe('RELCAP_BAD_ENCODING');
    expect(err.location.file).toBe('x.csv');
  });
});

import { describe, expect, it } from 'vitest';
import { SurveyFormatError } from '../../src/errors/index';
import { createSurveyDecoder, decodeSurveyBytes } from '../../src/survey/index';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
// "Lærer;Pædagog" in Windows-1252, written byte by byte: æ = 0xE6.
const LAERER_1252 = bytes(0x4c, 0xe6, 0x72, 0x65, 0x72, 0x3b, 0x50, 0xe6, 0x64, 0x61, 0x67, 0x6f, 0x67);

function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff], 0);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

/** Decodes `data` in chunks of `size` bytes. */
function inChunks(data: Uint8Array, size: number): { text: string; encoding: string | undefined } {
  const d = createSurveyDecoder();
  let text = '';
  for (let i = 0; i < data.length; i += size) text += d.decode(data.subarray(i, i + size));
  text += d.end();
  return { text, encoding: d.encoding };
}

function thrown(f: () => unknown): SurveyFormatError {
  try {
    f();
  } catch (e) {
    if (e instanceof SurveyFormatError) return e;
    throw e;
  }
  throw new Error('expected a SurveyFormatError');
}

describe('decodeSurveyBytes', () => {
  it.each([
    ['UTF-8 without BOM', utf8('rolle\nLærer æøå ÆØÅ'), 'utf-8', false],
    ['UTF-8 with BOM', utf8('\uFEFFrolle\nLærer æøå ÆØÅ'), 'utf-8', true],
    ['UTF-16LE with BOM', utf16('rolle\nLærer æøå ÆØÅ', true), 'utf-16le', true],
    ['UTF-16BE with BOM', utf16('rolle\nLærer æøå ÆØÅ', false), 'utf-16be', true],
  ])('decodes %s, the BOM removed', (_name, data, encoding, bom) => {
    const out = decodeSurveyBytes(data);
    expect(out).toEqual({ text: 'rolle\nLærer æøå ÆØÅ', encoding, bom, reason: bom ? 'byte order mark' : 'valid UTF-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeSurveyBytes(LAERER_1252)).toMatchObject({ text: 'Lærer;Pædagog', encoding: 'windows-1252', bom: false });
  });

  it.each([
    ['E6', 'æ'],
    ['F8', 'ø'],
    ['E5', 'å'],
    ['C6', 'Æ'],
    ['D8', 'Ø'],
    ['C5', 'Å'],
    ['E9', 'é'],
    ['80', '€'],
  ])('maps Windows-1252 byte 0x%s to %s', (hex, ch) => {
    expect(decodeSurveyBytes(bytes(0x61, Number.parseInt(hex, 16), 0x62)).text).toBe(`a${ch}b`);
  });

  it('uses a forced encoding even for valid UTF-8', () => {
    // "æ" in UTF-8 is C3 A6, which Windows-1252 reads as "Ã¦".
    expect(decodeSurveyBytes(utf8('æ'), { encoding: 'windows-1252' }).text).toBe('Ã¦');
  });

  it('does not fall back when UTF-8 is forced', () => {
    const e = thrown(() => decodeSurveyBytes(bytes(0x61, 0x0a, 0x62, 0xe6, 0x72), { encoding: 'utf-8', file: 'x.csv' }));
    expect(e.code).toBe('RELCAP_BAD_ENCODING');
    expect(e.location).toMatchObject({ file: 'x.csv', line: 2, column: 'character 2', value: '0xE6 after "b"' });
  });

  it('does not fall back when a UTF-8 byte order mark declares the encoding', () => {
    const e = thrown(() => decodeSurveyBytes(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe6, 0x72)));
    expect(e.code).toBe('RELCAP_BAD_ENCODING');
  });

  it('refuses a file that mixes UTF-8 and Windows-1252, naming the line of the bad byte', () => {
    // Line 1: "Lærer" in UTF-8; line 3: "Pædagog" in Windows-1252.
    const data = new Uint8Array([...utf8('Lærer\nx\nP'), 0xe6, ...utf8('dagog\n')]);
    const e = thrown(() => decodeSurveyBytes(data));
    expect(e.code).toBe('RELCAP_BAD_ENCODING');
    expect(e.location.line).toBe(3);
  });

  it('refuses UTF-16 without a byte order mark', () => {
    const data = utf16('rolle', true).subarray(2);
    expect(thrown(() => decodeSurveyBytes(data)).code).toBe('RELCAP_UTF16_NO_BOM');
  });

  it('refuses UTF-8 letters after a fall-back to Windows-1252 (a stray byte first, UTF-8 later), with line and column', () => {
    // Line 2 holds a stray Windows-1252 "é" (0xE9) before any UTF-8; line 3 holds UTF-8 "æ".
    const data = new Uint8Array([...utf8('id;rolle\nR1;caf'), 0xe9, ...utf8('\nR2;Lærer\n')]);
    const e = thrown(() => decodeSurveyBytes(data, { file: 'x.csv' }));
    expect(e.code).toBe('RELCAP_BAD_ENCODING');
    expect(e.location).toMatchObject({ file: 'x.csv', line: 3, column: 'character 5' });
    expect(e.location.value).toContain('UTF-8 "æ"');
  });

  it('reads Windows-1252 bytes 0x80..0x9F as the letters Windows-1252 has there (“ ” – € …)', () => {
    const data = bytes(0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x80, 0x85);
    expect(decodeSurveyBytes(data).text).toBe('“a” – €…');
    expect(decodeSurveyBytes(data, { encoding: 'windows-1252' }).text).toBe('“a” – €…');
  });

  it('decodes an empty input to empty text', () => {
    expect(decodeSurveyBytes(new Uint8Array(0)).text).toBe('');
  });
});

describe('createSurveyDecoder', () => {
  const TEXT = 'id;rolle\nL1;Lærer æøå ÆØÅ 😀\n';

  it.each([1, 2, 3, 7])('decodes UTF-8 split into %i-byte chunks, also inside æ and 4-byte characters', (size) => {
    expect(inChunks(utf8(TEXT), size)).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it.each([1, 2, 7])('decodes UTF-8 with BOM and UTF-16 in %i-byte chunks', (size) => {
    expect(inChunks(utf8(`\uFEFF${TEXT}`), size).text).toBe(TEXT);
    expect(inChunks(utf16(TEXT, true), size)).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(inChunks(utf16(TEXT, false), size)).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it.each([1, 2, 3, 5, 100])('switches to Windows-1252 after plain ASCII, with %i-byte chunks', (size) => {
    const data = new Uint8Array([...utf8('id;rolle\nL1;'), ...LAERER_1252, 0x0a]);
    expect(inChunks(data, size)).toEqual({ text: 'id;rolle\nL1;Lærer;Pædagog\n', encoding: 'windows-1252' });
  });

  it('switches to Windows-1252 when the invalid byte is the very last one', () => {
    expect(inChunks(bytes(0x61, 0x62, 0xe6), 1)).toEqual({ text: 'abæ', encoding: 'windows-1252' });
  });

  it('throws with the line when invalid UTF-8 follows non-ASCII UTF-8 in a later chunk', () => {
    const d = createSurveyDecoder({ file: 'a.csv', linesBefore: () => 10 });
    d.decode(utf8('Lærer\n'));
    const e = thrown(() => d.decode(bytes(0x78, 0x0a, 0x50, 0xe6, 0x64)));
    // 10 line breaks before, then "x\n" in this chunk: the bad byte is on line 12.
    expect(e.location).toMatchObject({ file: 'a.csv', line: 12, column: 'character 2', value: '0xE6 after "P"' });
  });

  it('counts the column from where the line started in an earlier chunk', () => {
    const d = createSurveyDecoder({ file: 'a.csv', linesBefore: () => 0, columnsBefore: () => 3 });
    d.decode(utf8('Lærer;'));
    const e = thrown(() => d.decode(bytes(0x50, 0xe6, 0x64)));
    expect(e.location).toMatchObject({ line: 1, column: 'character 5' });
  });
});

import type { SurveyFormatError } from '../errors/relcap-error';
import type { SurveyEncoding } from './import-options';
import { surveyError } from './survey-error';
import { countNewlines, firstNonAscii, startsValidChar, validPrefix } from './utf8-failure';

/**
 * Options of {@link createSurveyDecoder}.
 *
 * @example
 * ```ts
 * createSurveyDecoder({ encoding: 'auto', file: 'svar.csv', linesBefore: () => linesSoFar });
 * ```
 */
export interface SurveyDecoderOptions {
  /** `auto` (byte order mark, else UTF-8 falling back to Windows-1252) or a forced encoding. */
  readonly encoding: 'auto' | SurveyEncoding;
  /** File name for error messages. */
  readonly file: string | undefined;
  /**
   * Number of line breaks in all text returned so far, for the line of an encoding error.
   * Without it, lines count from the start of the chunk being decoded.
   */
  readonly linesBefore: (() => number) | undefined;
  /** Characters after the last line break in all text returned so far, for the column of an encoding error. */
  readonly columnsBefore: (() => number) | undefined;
  /** The bytes are only the start of the file: an incomplete last character is left out, not an error. */
  readonly partial: boolean;
}

/**
 * A chunk-by-chunk decoder (see {@link createSurveyDecoder}).
 *
 * @example
 * ```ts
 * const text = decoder.decode(chunk1) + decoder.decode(chunk2) + decoder.end();
 * ```
 */
export interface SurveyDecoder {
  /** Decodes the next chunk; may hold back an incomplete character until the next call. */
  decode(chunk: Uint8Array): string;
  /** Flushes what is held back; call once after the last chunk. */
  end(): string;
  /** The encoding in use (`undefined` before the first 3 bytes or the end). */
  readonly encoding: SurveyEncoding | undefined;
  /** Whether the input started with a byte order mark (it is never part of the text). */
  readonly bom: boolean;
  /** Why this encoding, in plain words: `byte order mark`, `valid UTF-8`, `forced`, or the fall-back. */
  readonly reason: string;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Windows-1252 bytes 0x80..0x9F. Some platforms (Node 20) decode `windows-1252` as Latin-1 and
 * return U+0080..U+009F for them; this table puts back € ‚ „ … ‘ ’ “ ” – — and the rest
 * (WHATWG encoding standard, index-windows-1252).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;
const fix1252 = (t: string): string => (C1.test(t) ? t.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c) : t);

/**
 * Index of the first byte that starts a well-formed multi-byte UTF-8 character (2 to 4 bytes:
 * a lead byte C2..F4 and its continuation bytes 80..BF), or -1. In Windows-1252 text such pairs
 * are mojibake (`Ã¦` is the UTF-8 of æ read as Windows-1252), so after a fall-back they mean the
 * file mixes encodings.
 */
function firstUtf8Sequence(b: Uint8Array, from: number): number {
  for (let i = from; i < b.length - 1; i++) {
    const lead = b[i]!;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (i + len > b.length) return -1;
    let ok = true;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) return i;
  }
  return -1;
}

const MIXED = 'one encoding for the whole file (it mixes UTF-8 with Windows-1252: save it again as "CSV UTF-8", or give --encoding to read it all as one)';
const MIXED_MESSAGE = 'the file mixes UTF-8 with another encoding';

/** The last (up to) 3 bytes of `tail` followed by `chunk`. */
function lastBytes(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= 3) return chunk.slice(chunk.length - 3);
  const keep = new Uint8Array(Math.min(3, tail.length + chunk.length));
  const fromTail = keep.length - chunk.length;
  keep.set(tail.subarray(tail.length - fromTail), 0);
  keep.set(chunk, fromTail);
  return keep;
}

/** How many bytes at the end of `tail` are an incomplete UTF-8 sequence (held back by a decoder). */
function heldBack(tail: Uint8Array): number {
  for (let i = tail.length - 1; i >= 0; i--) {
    const b = tail[i]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return tail.length - i < len ? tail.length - i : 0;
    }
  }
  return 0;
}

/**
 * Creates a streaming decoder for survey files. With `encoding: 'auto'` a byte order mark
 * decides (UTF-8, UTF-16LE, UTF-16BE); otherwise the bytes are decoded as UTF-8 with a fatal
 * decoder, characters split across chunks included. If invalid UTF-8 appears while everything
 * before it was plain ASCII, the decoder switches to Windows-1252 (what Danish Excel writes) and
 * the text already returned stays valid, because ASCII is the same in both. If non-ASCII UTF-8
 * came first, the file mixes encodings: `SurveyFormatError` `RELCAP_BAD_ENCODING` with the
 * line. A forced or BOM-declared UTF encoding never falls back.
 *
 * @example
 * ```ts
 * const d = createSurveyDecoder({ encoding: 'auto', file: 'a.csv', linesBefore: undefined });
 * d.decode(new Uint8Array([0x4c, 0xc3])) + d.decode(new Uint8Array([0xa6])) + d.end(); // 'Læ'
 * ```
 */
export function createSurveyDecoder(options: Partial<SurveyDecoderOptions> = {}): SurveyDecoder {
  const forced = options.encoding === undefined || options.encoding === 'auto' ? undefined : options.encoding;
  const file = options.file;
  let head: Uint8Array | undefined = new Uint8Array(0);
  let encoding: SurveyEncoding | undefined;
  let bom = false;
  let declared = false;
  let dec: InstanceType<typeof TextDecoder> | undefined;
  let sawNonAscii = false;
  let fellBack = false;
  // Last byte of the previous chunk after a fall-back: a UTF-8 pair may straddle two chunks.
  let prev = -1;
  // The last (up to) 3 bytes fed to a UTF decoder: the ones it may be holding back.
  let tail: Uint8Array = new Uint8Array(0);

  const badEncoding = (prefix: string, value: string, expected: string, message = `the file is not valid ${encoding ?? 'text'}`): SurveyFormatError => {
    const lineStart = prefix.lastIndexOf('\n') + 1;
    const before = prefix.slice(Math.max(lineStart, prefix.length - 24));
    return surveyError('RELCAP_BAD_ENCODING', message, {
      file,
      line: (options.linesBefore?.() ?? 0) + countNewlines(prefix) + 1,
      column: `character ${(lineStart === 0 ? (options.columnsBefore?.() ?? 0) : 0) + prefix.length - lineStart + 1}`,
      value: before === '' ? value : `${value} after "${before}"`,
      expected,
    });
  };
  /** After a fall-back to Windows-1252: refuse UTF-8 characters further on (a mixed file). */
  const checkMixed = (bytes: Uint8Array, decodedPrefix: (n: number) => string): void => {
    const joined = prev === -1 ? bytes : new Uint8Array([prev, ...bytes.subarray(0, 4)]);
    if (prev !== -1 && firstUtf8Sequence(joined, 0) === 0) {
      throw badEncoding('', `0x${prev.toString(16).toUpperCase()} 0x${bytes[0]!.toString(16).toUpperCase()}`, MIXED, MIXED_MESSAGE);
    }
    const i = firstUtf8Sequence(bytes, 0);
    if (i !== -1) {
      const seq = Array.from(bytes.subarray(i, i + 2), (x) => `0x${x.toString(16).toUpperCase()}`).join(' ');
      throw badEncoding(decodedPrefix(i), `${seq} (UTF-8 "${new TextDecoder().decode(bytes.subarray(i, i + (bytes[i]! >= 0xf0 ? 4 : bytes[i]! >= 0xe0 ? 3 : 2)))}")`, MIXED, MIXED_MESSAGE);
    }
    prev = bytes.length > 0 ? bytes[bytes.length - 1]! : prev;
  };

  const decide = (bytes: Uint8Array): void => {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) bom = true;
    else if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) bom = true;
    if (forced !== undefined) {
      encoding = forced;
      declared = true;
    } else if (b0 === 0xff && b1 === 0xfe) encoding = 'utf-16le';
    else if (b0 === 0xfe && b1 === 0xff) encoding = 'utf-16be';
    else {
      encoding = 'utf-8';
      declared = bom;
      if (b0 === 0 || b1 === 0) {
        const guess = b1 === 0 && b0 !== 0 ? 'utf-16le' : 'utf-16be';
        throw surveyError('RELCAP_UTF16_NO_BOM', `the file looks like ${guess.toUpperCase()} without a byte order mark`, {
          file,
          line: 1,
          value: 'NUL byte at the start',
          expected: `a byte order mark: export again, or say --encoding ${guess} (the option encoding: '${guess}')`,
        });
      }
    }
    dec = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' });
  };

  const fallBack = (chunk: Uint8Array): string => {
    const pending = heldBack(tail);
    const bytes = new Uint8Array(pending + chunk.length);
    bytes.set(tail.subarray(tail.length - pending), 0);
    bytes.set(chunk, pending);
    const a = firstNonAscii(bytes);
    if (declared || sawNonAscii || (a !== -1 && startsValidChar(bytes, a))) {
      const { text, bad } = validPrefix(bytes);
      throw badEncoding(
        text,
        bad,
        declared
          ? `valid ${encoding} (as the byte order mark or the encoding option says), or --encoding windows-1252 if the whole file is Windows-1252`
          : MIXED,
        declared ? undefined : MIXED_MESSAGE,
      );
    }
    encoding = 'windows-1252';
    fellBack = true;
    dec = new TextDecoder('windows-1252');
    checkMixed(bytes, (n) => fix1252(new TextDecoder('windows-1252').decode(bytes.subarray(0, n))));
    return fix1252(dec.decode(bytes, { stream: true }));
  };

  const run = (chunk: Uint8Array, last: boolean): string => {
    const d = dec!;
    let out: string;
    try {
      out = last ? d.decode(chunk) : d.decode(chunk, { stream: true });
    } catch {
      if (encoding !== 'utf-8') {
        const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(chunk);
        throw badEncoding(text.slice(0, Math.max(0, text.indexOf('\ufffd'))), 'invalid bytes', `valid ${encoding}`);
      }
      return fallBack(chunk);
    }
    if (encoding === 'utf-8') {
      if (!sawNonAscii && NON_ASCII.test(out)) sawNonAscii = true;
      tail = lastBytes(tail, chunk);
      return out;
    }
    if (encoding === 'windows-1252') {
      if (fellBack) checkMixed(chunk, (n) => fix1252(new TextDecoder('windows-1252').decode(chunk.subarray(0, n))));
      return fix1252(out);
    }
    return out;
  };

  const start = (chunk: Uint8Array, last: boolean): Uint8Array | undefined => {
    if (head === undefined) return chunk;
    const joined = new Uint8Array(head.length + chunk.length);
    joined.set(head, 0);
    joined.set(chunk, head.length);
    if (joined.length < 3 && !last) {
      head = joined;
      return undefined;
    }
    head = undefined;
    decide(joined);
    return joined;
  };

  return {
    decode(chunk: Uint8Array): string {
      const bytes = start(chunk, false);
      return bytes === undefined ? '' : run(bytes, false);
    },
    end(): string {
      const bytes = start(new Uint8Array(0), true);
      if (bytes === undefined || dec === undefined) return '';
      return run(bytes, true);
    },
    get encoding(): SurveyEncoding | undefined {
      return encoding;
    },
    get bom(): boolean {
      return bom;
    },
    get reason(): string {
      if (forced !== undefined) return 'forced';
      if (fellBack) return 'not valid UTF-8 and no UTF-8 letters before the first such byte: read as Windows-1252 (Danish Excel "CSV (semikolonsepareret)")';
      return bom ? 'byte order mark' : 'valid UTF-8';
    },
  };
}

/**
 * Decoded text with the encoding used.
 *
 * @example
 * ```ts
 * const { text, encoding, bom } = decodeSurveyBytes(bytes);
 * ```
 */
export interface DecodedSurveyText {
  readonly text: string;
  readonly encoding: SurveyEncoding;
  readonly bom: boolean;
  /** Why this encoding (see {@link SurveyDecoder.reason}). */
  readonly reason: string;
}

/**
 * Decodes a whole survey file with the same rules as {@link createSurveyDecoder}: byte order
 * mark (removed), else UTF-8, else Windows-1252 when the bytes are not UTF-8.
 *
 * @example
 * ```ts
 * decodeSurveyBytes(new Uint8Array([0x4c, 0xe6, 0x72, 0x65, 0x72])).text; // 'Lærer' (Windows-1252)
 * ```
 */
export function decodeSurveyBytes(bytes: Uint8Array, options: Partial<SurveyDecoderOptions> = {}): DecodedSurveyText {
  const d = createSurveyDecoder(options);
  const text = options.partial === true ? d.decode(bytes) : d.decode(bytes) + d.end();
  return { text, encoding: d.encoding ?? 'utf-8', bom: d.bom, reason: d.reason };
}

import { SurveyFormatError } from '../errors/relcap-error';

/** Text encodings relcap reads (WHATWG names, decoded by the platform's TextDecoder). */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

/** One of {@link TEXT_ENCODINGS}. */
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** Decoded text and how it was decoded (shown in the import report). */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Why this encoding: `byte order mark`, `valid UTF-8`, `not valid UTF-8`, `forced`. */
  readonly reason: string;
}

const MODULE = 'survey-tools/decode-bytes';

/**
 * Windows-1252 bytes 0x80..0x9F. Some platforms (Node 20) decode `windows-1252` as Latin-1 and
 * return U+0080..U+009F for them; this table puts back € ‚ „ … ‘ ’ “ ” – — and the rest
 * (WHATWG encoding standard, index-windows-1252).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Share of NUL bytes at even and odd offsets of the first 4 KB. */
function nulShares(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName, file: string | undefined): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SurveyFormatError('RELCAP_BAD_ENCODING', `${MODULE}: the file is not valid ${encoding}`, {
      ...(file !== undefined ? { file } : {}),
      expected: `text encoded as ${encoding}, or another --encoding`,
    });
  }
}

/**
 * Decodes a survey export. A byte order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is removed;
 * without one the bytes must be valid UTF-8, else they are read as Windows-1252 (what Danish
 * Excel writes), which never turns æ ø å into two characters. UTF-16 without a byte order mark
 * (every second byte 0) is refused with `RELCAP_UTF16_NO_BOM` rather than guessed. `encoding`
 * forces an encoding.
 *
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0x4c, 0xe6, 0x72, 0x65, 0x72])).text; // 'Lærer' (Windows-1252)
 * ```
 */
export function decodeBytes(bytes: Uint8Array, file?: string, encoding?: TextEncodingName): DecodedText {
  const at = file !== undefined ? { file } : {};
  if (encoding !== undefined) {
    const text = decodeAs(bytes, encoding, file);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, reason: 'forced' };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeAs(bytes.subarray(3), 'utf-8', file), encoding: 'utf-8', reason: 'byte order mark' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeAs(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le', reason: 'byte order mark' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeAs(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be', reason: 'byte order mark' };
  }
  const nul = nulShares(bytes);
  if (nul.even > 0.3 || nul.odd > 0.3) {
    const guess = nul.odd > nul.even ? 'utf-16le' : 'utf-16be';
    throw new SurveyFormatError(
      'RELCAP_UTF16_NO_BOM',
      `${MODULE}: the file looks like ${guess.toUpperCase()} (every second byte is 0) but has no byte order mark`,
      { ...at, line: 1, expected: `a byte order mark; export again, or say --encoding ${guess}` },
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', reason: 'valid UTF-8' };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      reason: 'not valid UTF-8, read as Windows-1252 (Danish Excel "CSV (semikolonsepareret)")',
    };
  }
}

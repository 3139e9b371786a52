/**
 * Helpers for the error path of UTF-8 decoding (never on the fast path). Internal.
 */

const fatalStream = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });

const throws = (bytes: Uint8Array): boolean => {
  try {
    fatalStream(bytes);
    return false;
  } catch {
    return true;
  }
};

/** Index of the first byte >= 0x80, or -1. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/**
 * Whether the byte at `at` starts a complete, valid UTF-8 character (as the platform decoder
 * judges it: overlong forms and surrogates are invalid).
 */
export function startsValidChar(bytes: Uint8Array, at: number): boolean {
  const lead = bytes[at] ?? 0;
  const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (at + len > bytes.length) return false;
  try {
    return fatalStream(bytes.subarray(at, at + len)) !== '';
  } catch {
    return false;
  }
}

/**
 * The text before the first invalid UTF-8 byte (binary search with a fatal decoder), and the
 * offending byte as `0xE6`. At the end of input an incomplete final sequence is invalid too.
 */
export function validPrefix(bytes: Uint8Array): { readonly text: string; readonly bad: string } {
  let lo = 0;
  let hi = bytes.length;
  if (!throws(bytes)) {
    // Only an incomplete sequence at the very end is wrong.
    const text = fatalStream(bytes);
    const enc = new TextEncoder().encode(text).length;
    return { text, bad: hex(bytes[enc]) };
  }
  // Invariant: bytes[0..lo) does not throw, bytes[0..hi) throws.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (throws(bytes.subarray(0, mid))) hi = mid;
    else lo = mid;
  }
  // The invalid sequence starts right after what the valid prefix decoded to.
  const text = fatalStream(bytes.subarray(0, lo));
  return { text, bad: hex(bytes[new TextEncoder().encode(text).length]) };
}

const hex = (b: number | undefined): string => (b === undefined ? 'end of file' : `0x${b.toString(16).toUpperCase().padStart(2, '0')}`);

/** Number of `\n` in `text`. */
export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

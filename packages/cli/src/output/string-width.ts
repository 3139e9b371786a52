// East Asian Wide and Fullwidth blocks and the common emoji planes take two terminal columns
// (Unicode Standard Annex #11); combining marks, zero-width and control characters take none.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cc}\p{Cf}]$/u;

/**
 * Width of one code point in terminal columns: 0, 1 or 2.
 *
 * @example
 * ```ts
 * codePointWidth('æ'.codePointAt(0)!); // 1
 * ```
 */
export function codePointWidth(cp: number): 0 | 1 | 2 {
  if (ZERO_WIDTH.test(String.fromCodePoint(cp))) return 0;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

/**
 * Width of a string in terminal columns, counted by code points (not UTF-16 units), so that
 * `æøå`, a decomposed `å` (a + combining ring) and wide characters line up in tables.
 *
 * @example
 * ```ts
 * stringWidth('Pædagog'); // 7
 * stringWidth('a\u030a'); // 1 (decomposed å)
 * ```
 */
export function stringWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += codePointWidth(ch.codePointAt(0)!);
  return w;
}

/**
 * Pads `text` with spaces to `width` columns, on the right (`left` alignment) or on the left.
 *
 * @example
 * ```ts
 * padToWidth('Lærer', 7); // 'Lærer  '
 * padToWidth('4.20', 6, 'right'); // '  4.20'
 * ```
 */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'left' ? text + pad : pad + text;
}

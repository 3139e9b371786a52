/**
 * The whole number a decimal text denotes, read from its digits, not through a float: `4`,
 * `+4`, `4.0`, `4,00` are 4; `4.0000000000000001` (which `Number()` rounds to 4), `4.5`, `1e0`
 * and `0x4` are not whole numbers written in decimal, so `undefined`. A comma or a point is the
 * decimal mark. At most 15 digits before the mark (safe integers).
 *
 * @example
 * ```ts
 * wholeNumberFromText('4,0'); // 4
 * wholeNumberFromText('4.0000000000000001'); // undefined
 * ```
 */
export function wholeNumberFromText(text: string): number | undefined {
  const m = /^([+-]?)(\d{1,15})(?:[.,](\d+))?$/.exec(text.trim());
  if (m === null) return undefined;
  if (m[3] !== undefined && !/^0+$/.test(m[3])) return undefined;
  const n = Number(m[2]);
  return m[1] === '-' ? -n : n;
}

/**
 * Whether a decimal text (point or comma as the decimal mark) has digits after the mark other
 * than zeros: `4.0000000000000001` is fractional though `Number()` reads it as 4.
 *
 * @example
 * ```ts
 * isFractionalText('4.0000000000000001'); // true
 * isFractionalText('4,000'); // false
 * ```
 */
export function isFractionalText(text: string): boolean {
  const m = /[.,](\d+)$/.exec(text.trim());
  return m !== null && !/^0+$/.test(m[1]!);
}

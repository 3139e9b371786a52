/**
 * A number for a table: fixed decimals, `-` for `null`/`undefined`/non-finite values, a
 * decimal comma in Danish (`lang` `da`), as Danish readers and spreadsheets expect.
 *
 * @example
 * ```ts
 * formatNumber(4.1666, 2); // '4.17'
 * formatNumber(4.1666, 2, 'da'); // '4,17'
 * formatNumber(null); // '-'
 * ```
 */
export function formatNumber(value: number | null | undefined, digits = 2, lang: 'da' | 'en' = 'en'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  let s = value.toFixed(digits);
  if (/^-0\.?0*$/.test(s)) s = s.slice(1);
  return lang === 'da' ? s.replace('.', ',') : s;
}

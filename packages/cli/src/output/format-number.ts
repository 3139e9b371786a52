import { BUILTIN_DIMENSION_SETS, boundInterval, scoreRange } from '@relcap/core';

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

/**
 * A confidence interval on a bounded scale for display: each bound past the scale is clipped to
 * it and marked `*` (core `boundInterval`; the raw bounds stay in `--json`); `-` for none.
 *
 * @example
 * ```ts
 * formatInterval([2.5, 5.95], { min: 1, max: 5 }); // '2.50 - 5.00*'
 * formatInterval([2.5, 5.95], { min: 1, max: 5 }, 'da', ' – '); // '2,50 – 5,00*'
 * ```
 */
export function formatInterval(
  ci: readonly [number, number] | null | undefined,
  scale: { readonly min: number; readonly max: number },
  lang: 'da' | 'en' = 'en',
  separator = ' - ',
  digits = 2,
): string {
  const b = boundInterval(ci, scale);
  if (b === null) return '-';
  const f = (v: number, clipped: boolean): string => `${formatNumber(v, digits, lang)}${clipped ? '*' : ''}`;
  return `${f(b.low, b.lowClipped)}${separator}${f(b.high, b.highClipped)}`;
}

/**
 * The answer scale of a score's dimension set (1..5 for the shipped sets); unbounded for a set
 * that is not built in (its scale is not in the score), so nothing is clipped then.
 *
 * @example
 * ```ts
 * scaleOfScore(score); // { min: 1, max: 5 }
 * ```
 */
export function scaleOfScore(score: { readonly dimensionSet: string }): { readonly min: number; readonly max: number } {
  const set = BUILTIN_DIMENSION_SETS.find((s) => s.key === score.dimensionSet);
  return set === undefined ? { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY } : scoreRange(set);
}

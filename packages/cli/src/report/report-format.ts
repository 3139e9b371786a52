import { BAND_NAMES, type Band, type BandThresholds, formatScoreText } from '@relcap/core';
import type { Lang } from '../commands/command';
import { formatInterval, formatNumber } from '../output/format-number';
import { escapeHtml } from './escape-html';
import { reportText } from './report-strings';

/**
 * A score with two decimals in the report's language (decimal comma in Danish); `–` for none.
 *
 * @example
 * ```ts
 * num(4.125, 'da'); // '4,13'
 * ```
 */
export function num(value: number | null | undefined, lang: Lang, digits = 2): string {
  const s = formatNumber(value, digits, lang);
  return s === '-' ? '–' : s;
}

/**
 * An RC score with two decimals, or more where two would read as another band (core
 * `scoreDigits`: a weak 3.496 is `3,496`, never `3,50`); `–` for none.
 *
 * @example
 * ```ts
 * rcNum(3.496, 'da', { weakBelow: 3.5, strongAbove: 4 }); // '3,496'
 * ```
 */
export function rcNum(value: number | null | undefined, lang: Lang, bands: BandThresholds): string {
  const s = formatScoreText(value, lang, 2, bands);
  return s === '-' ? '–' : s;
}

/**
 * A change with its sign (`+0,25`, `−0,10`); `–` for none.
 *
 * @example
 * ```ts
 * signed(-0.1, 'en'); // '−0.10'
 * ```
 */
export function signed(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const s = num(Math.abs(value), lang, digits);
  if (/^[0.,]+$/.test(s)) return s;
  return value > 0 ? `+${s}` : `−${s}`;
}

/**
 * An interval as `lo to hi` (`3,10-3,90`); `–` for none.
 *
 * @example
 * ```ts
 * interval([3.1, 3.9], 'da'); // '3,10 – 3,90'
 * ```
 */
export function interval(ci: readonly [number, number] | null | undefined, lang: Lang, withSign = false): string {
  if (ci === null || ci === undefined) return '–';
  const f = withSign ? signed : num;
  return `${f(ci[0], lang)} – ${f(ci[1], lang)}`;
}

/**
 * A tie's interval on the bounded answer scale: bounds past the scale clipped and marked `*`
 * (core `boundInterval`); the methods section says so.
 *
 * @example
 * ```ts
 * scaleInterval([2.5, 5.95], { min: 1, max: 5 }, 'da'); // '2,50 – 5,00*'
 * ```
 */
export function scaleInterval(ci: readonly [number, number] | null | undefined, scale: { readonly min: number; readonly max: number }, lang: Lang): string {
  return ci === null || ci === undefined ? '–' : formatInterval(ci, scale, lang, ' – ');
}

/**
 * The band's name in the report's language.
 *
 * @example
 * ```ts
 * bandName('weak', 'da'); // 'svag'
 * ```
 */
export function bandName(band: Band, lang: Lang): string {
  return BAND_NAMES[band][lang];
}

/**
 * A tie's name as escaped HTML: `A → B`, or `within A` for the within-role tie.
 *
 * @example
 * ```ts
 * tieName({ from: 'Lærer', to: 'Pædagog' }, 'da'); // 'Lærer → Pædagog'
 * ```
 */
export function tieName(tie: { readonly from: string; readonly to: string }, lang: Lang): string {
  return tie.from === tie.to ? escapeHtml(reportText(lang, 'within', { role: tie.from })) : `${escapeHtml(tie.from)} → ${escapeHtml(tie.to)}`;
}

/**
 * Escaped report text (a {@link reportText} with values, then HTML-escaped).
 *
 * @example
 * ```ts
 * txt('en', 'suppressedCell', { k: 3 }); // 'suppressed (n&lt;3)'
 * ```
 */
export function txt(lang: Lang, key: Parameters<typeof reportText>[1], values: Readonly<Record<string, string | number>> = {}): string {
  return escapeHtml(reportText(lang, key, values));
}

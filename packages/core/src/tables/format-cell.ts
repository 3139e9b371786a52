import { type BandThresholds, DEFAULT_BANDS } from '../scoring/bands';
import { formatScoreText } from '../scoring/score-text';
import { suppressedText } from './labels';
import type { TableCell } from './result-table';

/**
 * How a table is rendered: language, decimals of numbers (RC scores get more where rounding
 * would cross a band boundary) and the band thresholds of the score.
 * @example
 * ```ts
 * const o: TableRenderOptions = { ...DEFAULT_TABLE_RENDER_OPTIONS, lang: 'da' };
 * ```
 */
export interface TableRenderOptions {
  readonly lang: 'da' | 'en';
  readonly digits: number;
  readonly bands: BandThresholds;
}

/**
 * Defaults: English, 2 decimals, the default bands (3.5 and 4.0).
 * @example
 * ```ts
 * renderMarkdown(t, { ...DEFAULT_TABLE_RENDER_OPTIONS, digits: 1 });
 * ```
 */
export const DEFAULT_TABLE_RENDER_OPTIONS: TableRenderOptions = { lang: 'en', digits: 2, bands: DEFAULT_BANDS };

/**
 * A cell as plain text in the reader's language (`''` for empty and missing numbers); a clipped
 * interval bound ends in `*`.
 *
 * @example
 * ```ts
 * tableCellText({ kind: 'number', value: 3.47, score: true }, { ...DEFAULT_TABLE_RENDER_OPTIONS, lang: 'da', digits: 1 }); // '3,47'
 * ```
 */
export function tableCellText(c: TableCell, o: TableRenderOptions): string {
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'label':
      return c.label[o.lang];
    case 'count':
      return String(c.value);
    case 'suppressed':
      return suppressedText(c.n, o.lang);
    case 'empty':
      return '';
    case 'number': {
      if (c.value === null || !Number.isFinite(c.value)) return '';
      const digits = c.digits ?? o.digits;
      const s = c.score === true ? formatScoreText(c.value, o.lang, digits, o.bands) : fixed(c.value, digits, o.lang);
      return c.clipped === true ? `${s}*` : s;
    }
  }
}

function fixed(value: number, digits: number, lang: 'da' | 'en'): string {
  let s = value.toFixed(digits);
  if (/^-0\.?0*$/.test(s)) s = s.slice(1);
  return lang === 'da' ? s.replace('.', ',') : s;
}

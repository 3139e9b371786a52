import { type BandThresholds, classifyBand, DEFAULT_BANDS } from './bands';

/** The most decimals {@link scoreDigits} adds to keep a rounded score in its own band. */
export const MAX_SCORE_DIGITS = 6;

/**
 * How many decimals a score needs so that its rounded text never reads as another band: at
 * least `digits`, more where rounding would cross a band boundary. A weak 3.47 rounds to "3.5",
 * which is the moderate boundary, so it is shown as "3.47"; a moderate 4.04 ("4.0") likewise
 * becomes "4.04" when it is strong. The rule used in every relcap output that rounds a score
 * (tables, report, app); at most {@link MAX_SCORE_DIGITS}.
 *
 * @example
 * ```ts
 * scoreDigits(3.47, 1); // 2
 * scoreDigits(3.42, 1); // 1
 * scoreDigits(3.4951, 2); // 3 ("3.50" would read as moderate, "3.495" is weak)
 * ```
 */
export function scoreDigits(value: number, digits = 1, bands: BandThresholds = DEFAULT_BANDS): number {
  if (!Number.isFinite(value)) return digits;
  const band = classifyBand(value, bands);
  for (let d = digits; d < MAX_SCORE_DIGITS; d++) {
    if (classifyBand(Number(value.toFixed(d)), bands) === band) return d;
  }
  return MAX_SCORE_DIGITS;
}

/**
 * A score as text with {@link scoreDigits} decimals and the decimal comma in Danish; `-` for
 * `null`.
 *
 * @example
 * ```ts
 * formatScoreText(3.47, 'da'); // '3,47'
 * formatScoreText(3.62, 'da'); // '3,6'
 * formatScoreText(4.1666, 'en', 2); // '4.17'
 * ```
 */
export function formatScoreText(value: number | null | undefined, lang: 'da' | 'en' = 'en', digits = 1, bands: BandThresholds = DEFAULT_BANDS): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const s = value.toFixed(scoreDigits(value, digits, bands));
  return lang === 'da' ? s.replace('.', ',') : s;
}

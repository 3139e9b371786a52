import type { LocalizedText } from '../dimensions/types';

/**
 * The suppression rule as printed under a table.
 * @example
 * ```ts
 * suppressionNote(3).en; // 'Ties rated by fewer than 3 respondents are suppressed: ...'
 * ```
 */
export function suppressionNote(minRaters: number): LocalizedText {
  return {
    da: `Relationer vurderet af færre end ${minRaters} respondenter er skjult: kun antallet (n) vises, ingen score, og de indgår ikke i gennemsnit.`,
    en: `Ties rated by fewer than ${minRaters} respondents are suppressed: only their number (n) is shown, no score, and they are left out of every mean.`,
  };
}

/**
 * The decimals note under a table.
 * @example
 * ```ts
 * decimalsNote(2).en; // 'Numbers with 2 decimals; ...'
 * ```
 */
export function decimalsNote(digits: number): LocalizedText {
  return {
    da: `Tal med ${digits} decimaler; en RC-score får flere, hvor afrunding ville flytte den til et andet bånd (3,496 vises ikke som 3,50).`,
    en: `Numbers with ${digits} decimals; an RC score gets more where rounding would move it into another band (3.496 is not shown as 3.50).`,
  };
}

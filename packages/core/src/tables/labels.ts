import type { LocalizedText } from '../dimensions/types';
import type { Band } from '../scoring/bands';

/**
 * The names of the bands, the one place they are defined (report, tables, CLI and the app's
 * legend read them from here): weak, moderate, strong.
 * @example
 * ```ts
 * BAND_NAMES.moderate.da; // 'moderat'
 * ```
 */
export const BAND_NAMES: Readonly<Record<Band, LocalizedText>> = {
  weak: { da: 'svag', en: 'weak' },
  moderate: { da: 'moderat', en: 'moderate' },
  strong: { da: 'stærk', en: 'strong' },
};

/**
 * The word for a suppressed tie with its number of raters.
 * @example
 * ```ts
 * suppressedText(2, 'da'); // 'skjult (n=2)'
 * ```
 */
export function suppressedText(n: number, lang: 'da' | 'en'): string {
  return lang === 'da' ? `skjult (n=${n})` : `suppressed (n=${n})`;
}

/**
 * The legend text of a relation in a band ("Moderat relation"), from {@link BAND_NAMES}, so the
 * map legend and the tables name the bands alike.
 * @example
 * ```ts
 * bandRelationLabel('moderate').da; // 'Moderat relation'
 * ```
 */
export function bandRelationLabel(band: Band): LocalizedText {
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return { da: `${cap(BAND_NAMES[band].da)} relation`, en: `${cap(BAND_NAMES[band].en)} relation` };
}

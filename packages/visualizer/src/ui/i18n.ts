import type { Lang } from '../scene/types';

/** Every user-facing string of the visualizer, in Danish and English. */
export const STRINGS = {
  da: {
    legend: 'Signaturforklaring',
    coordinator: 'Tovholder',
    authority: 'Myndighed (§)',
    permanent: 'Fast forankret',
    fixed: 'Fast samarbejde',
    adhoc: 'Ad hoc',
    child: 'Barnet',
    directed: 'Pil: A’s syn på B (retning)',
    selfTie: 'Ring: inden for rollen',
    gaps: 'Vis huller',
    gapsTitle: 'Par af fagprofessionelle uden nogen relation',
    warnings: 'Advarsler',
    missingList: 'Manglende relationer',
    weakList: 'Svage relationer',
    gapList: 'Huller (ingen relation)',
    none: 'Ingen',
    details: 'Detaljer',
    band: 'Styrke',
    score: 'RC-score',
    raters: 'Antal svar (n)',
    notes: 'Noter',
    profession: 'Fag',
    organisation: 'Organisation',
    sector: 'Ring',
    actor: 'Aktør',
    relation: 'Relation',
    suppressed: 'Skjult: for få svar til at vise scorer',
    map: 'Netværkskort',
    pinned: 'fastgjort',
    hint: 'Hold musen over eller tab til en aktør eller relation for detaljer. Træk for at flytte.',
  },
  en: {
    legend: 'Legend',
    coordinator: 'Coordinator (tovholder)',
    authority: 'Statutory authority (§)',
    permanent: 'Permanently based',
    fixed: 'Fixed collaboration',
    adhoc: 'Ad hoc',
    child: 'The child',
    directed: "Arrow: A's view of B (direction)",
    selfTie: 'Ring: ties within the role',
    gaps: 'Show gaps',
    gapsTitle: 'Pairs of professionals with no relation at all',
    warnings: 'Warnings',
    missingList: 'Missing relations',
    weakList: 'Weak relations',
    gapList: 'Gaps (no relation)',
    none: 'None',
    details: 'Details',
    band: 'Strength',
    score: 'RC score',
    raters: 'Raters (n)',
    notes: 'Notes',
    profession: 'Profession',
    organisation: 'Organisation',
    sector: 'Ring',
    actor: 'Actor',
    relation: 'Relation',
    suppressed: 'Suppressed: too few raters to show scores',
    map: 'Network map',
    pinned: 'pinned',
    hint: 'Hover or tab to an actor or relation for details. Drag to move.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Keys of {@link STRINGS}. */
export type StringKey = keyof (typeof STRINGS)['en'];

/**
 * A UI string in a language.
 *
 * @example
 * ```ts
 * t('da', 'legend'); // 'Signaturforklaring'
 * ```
 */
export function t(lang: Lang, key: StringKey): string {
  return STRINGS[lang][key];
}

/**
 * The UI language from the browser's preferred languages (`navigator.languages`): the first
 * that is Danish or English wins; Danish when the browser prefers Danish, English otherwise.
 *
 * @example
 * ```ts
 * detectLang(['da-DK', 'en-US']); // 'da'
 * detectLang(['de-DE', 'en']); // 'en'
 * ```
 */
export function detectLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split(/[-_]/)[0];
    if (base === 'da') return 'da';
    if (base === 'en') return 'en';
  }
  return 'en';
}

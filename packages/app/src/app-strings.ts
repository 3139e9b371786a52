import type { Lang } from '@relcap/visualizer';

/** Texts of the app around the map (the map's own texts live in src/ui/i18n.ts). */
export const APP_STRINGS = {
  da: {
    tabChild: 'Netværkskort om barnet',
    tabRoles: 'Rollenetværk (spørgeskema)',
    openMap: 'Åbn kort (JSON, GraphML, GEXF)',
    openSurvey: 'Åbn spørgeskema (CSV)',
    gaps: 'Vis huller',
    lang: 'Sprog',
    exportSvg: 'Gem SVG',
    exportPng: 'Gem PNG',
    print: 'Udskriv',
    errorMap: 'Kortet kunne ikke åbnes, det viste kort er uændret',
    errorSurvey: 'Spørgeskemaet kunne ikke åbnes, det viste kort er uændret',
    noSurvey: 'Intet spørgeskema indlæst endnu. Åbn en CSV-fil.',
  },
  en: {
    tabChild: 'Network map around the child',
    tabRoles: 'Role network (survey)',
    openMap: 'Open map (JSON, GraphML, GEXF)',
    openSurvey: 'Open survey (CSV)',
    gaps: 'Show gaps',
    lang: 'Language',
    exportSvg: 'Save SVG',
    exportPng: 'Save PNG',
    print: 'Print',
    errorMap: 'The map could not be opened; the map shown is unchanged',
    errorSurvey: 'The survey could not be opened; the map shown is unchanged',
    noSurvey: 'No survey loaded yet. Open a CSV file.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type AppStringKey = keyof (typeof APP_STRINGS)['en'];

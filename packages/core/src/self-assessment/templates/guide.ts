import type { LocalizedText } from '../../dimensions/types';
import type { SelfAssessmentTemplate, TemplateArea } from '../template-types';
import { DEFAULT_RATING_SCALE, TEMPLATE_SCHEMA_VERSION } from '../template-types';

/**
 * The title of the ministry guide whose six themes the built-in templates follow.
 *
 * @example
 * ```ts
 * GUIDE_TITLE; // 'Tværprofessionelt samarbejde – om udsatte børn og unge'
 * ```
 */
export const GUIDE_TITLE = 'Tværprofessionelt samarbejde – om udsatte børn og unge';

/** A built-in template of one theme: statements written for relcap after the guide's theme. */
export function guideTemplate(id: string, theme: number, title: LocalizedText, areas: readonly TemplateArea[]): SelfAssessmentTemplate {
  return {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id,
    title,
    description: {
      da: `Udsagn skrevet til relcap efter tema ${theme} i inspirationsmaterialet "${GUIDE_TITLE}" (Styrelsen for Undervisning og Kvalitet).`,
      en: `Statements written for relcap after theme ${theme} of the inspiration material "${GUIDE_TITLE}" (Danish National Agency for Education and Quality).`,
    },
    source: `${GUIDE_TITLE}, theme ${theme}`,
    scale: DEFAULT_RATING_SCALE,
    areas,
  };
}

/** An area whose statements get the ids `<prefix>-1`, `<prefix>-2`, ... from `[da, en]` pairs. */
export function area(id: string, title: LocalizedText, statements: readonly (readonly [string, string])[]): TemplateArea {
  return { id, title, statements: statements.map(([da, en], i) => ({ id: `${id}-${i + 1}`, text: { da, en } })) };
}

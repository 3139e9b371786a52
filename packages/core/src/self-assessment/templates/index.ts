import { OptionsError } from '../../errors/relcap-error';
import type { SelfAssessmentTemplate } from '../template-types';
import { EFFECT_TEMPLATE } from './effect';
import { LEADERSHIP_TEMPLATE } from './leadership';
import { MEETINGS_TEMPLATE } from './meetings';
import { ORGANISATION_TEMPLATE } from './organisation';
import { PARTICIPATION_TEMPLATE } from './participation';
import { PROFESSIONS_TEMPLATE } from './professions';

export { GUIDE_TITLE } from './guide';

/**
 * The six built-in templates, one per theme of the ministry guide "Tværprofessionelt samarbejde
 * – om udsatte børn og unge", in the guide's order. The statements are written for relcap.
 *
 * @example
 * ```ts
 * BUILTIN_TEMPLATES.map((t) => t.id); // ['leadership', 'organisation', 'meetings', 'participation', 'effect', 'professions']
 * ```
 */
export const BUILTIN_TEMPLATES: readonly SelfAssessmentTemplate[] = [
  LEADERSHIP_TEMPLATE,
  ORGANISATION_TEMPLATE,
  MEETINGS_TEMPLATE,
  PARTICIPATION_TEMPLATE,
  EFFECT_TEMPLATE,
  PROFESSIONS_TEMPLATE,
];

/**
 * A built-in template by id; throws `OptionsError` (`RELCAP_SA_UNKNOWN_TEMPLATE`) naming the ids.
 *
 * @example
 * ```ts
 * getBuiltinTemplate('meetings').title.da; // 'De gode møder'
 * ```
 */
export function getBuiltinTemplate(id: string): SelfAssessmentTemplate {
  const t = BUILTIN_TEMPLATES.find((x) => x.id === id);
  if (t === undefined) {
    throw new OptionsError('RELCAP_SA_UNKNOWN_TEMPLATE', 'self-assessment: no built-in template with this id', {
      value: id,
      expected: `one of ${BUILTIN_TEMPLATES.map((x) => x.id).join(', ')}`,
    });
  }
  return t;
}

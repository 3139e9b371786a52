import type { SelfAssessmentTemplate } from '../template-types';
import { area, guideTemplate } from './guide';

/** Theme 6: professions and legislation. */
export const PROFESSIONS_TEMPLATE: SelfAssessmentTemplate = guideTemplate('professions', 6, { da: 'Fagligheder og lovgivning', en: 'Professions and legislation' }, [
  area('prof-knowledge', { da: 'Kendskab og nysgerrighed', en: 'Knowledge and curiosity' }, [
    ['Vi ved, hvad de andre faggrupper ved og kan.', 'We know what the other professions know and can do.'],
    ['Vi er nysgerrige på, hvordan andre fag ser et barn.', 'We are curious about how other professions see a child.'],
    ['Vi bruger flere fags blik på et problem, før vi handler.', 'We look at a problem through several professions before we act.'],
    ['Vi arbejder sammen på nye måder, også ud over vores faggrænser.', 'We work together in new ways, also beyond our professional boundaries.'],
  ]),
  area('prof-law', { da: 'Lovgivningens rammer og muligheder', en: 'What the law sets and allows' }, [
    ['Vi kender de regler, vores samarbejde foregår inden for.', 'We know the rules our collaboration works within.'],
    ['Vi ved, hvordan vi må dele oplysninger, og hvornår der skal samtykke til.', 'We know how we may share information, and when consent is needed.'],
    ['Vi ved, hvad reglerne giver os mulighed for i samarbejdet med familien.', 'We know what the rules make possible in our work with a family.'],
  ]),
]);

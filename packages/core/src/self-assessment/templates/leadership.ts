import type { SelfAssessmentTemplate } from '../template-types';
import { area, guideTemplate } from './guide';

/** Theme 1: leadership of cross-professional work, in four areas. */
export const LEADERSHIP_TEMPLATE: SelfAssessmentTemplate = guideTemplate('leadership', 1, { da: 'Ledelse af det tværprofessionelle samarbejde', en: 'Leading cross-professional work' }, [
  area('lead-direction', { da: 'Fælles retning og mening', en: 'Shared direction and meaning' }, [
    ['Vi ved, hvad vores fælles opgave i den tidlige indsats går ud på.', 'We know what our shared task in early support is.'],
    ['Vi har aftalt, hvilken forskel samarbejdet skal gøre for børnene.', 'We have agreed what difference our collaboration should make for the children.'],
    ['Vi oplever, at vores ledere gør det klart, hvorfor vi samarbejder på tværs.', 'We find that our leaders make it clear why we work across professions.'],
  ]),
  area('lead-development', { da: 'Udvikling', en: 'Development' }, [
    ['Vi giver hinanden feedback og bruger den til at blive bedre.', 'We give each other feedback and use it to improve.'],
    ['Vi deler og fejrer det, der lykkes for børnene.', 'We share and celebrate what works for the children.'],
    ['Vi bruger aftalte metoder, når vi sammen analyserer et barns situation.', "We use agreed methods when we analyse a child's situation together."],
  ]),
  area('lead-whole', { da: 'Helhedssyn på tværs', en: 'A whole view across' }, [
    ['Vi spørger interesseret til, hvad andre faggrupper kan bidrage med.', 'We ask with interest what other professions can contribute.'],
    ['Vi oplever, at vores ledere tager hånd om samarbejdet, også når det er svært.', 'We find that our leaders look after the collaboration, also when it is hard.'],
  ]),
  area('lead-early', { da: 'Støtte til tidligt samarbejde', en: 'Support for early joint work' }, [
    ['Vi ved, hvordan vi i tide rejser en bekymring for et barn.', 'We know how to raise a concern about a child in good time.'],
    ['Vi oplever, at vores ledere fjerner det, der står i vejen for samarbejdet.', 'We find that our leaders remove what stands in the way of working together.'],
    ['Vi har en tydelig ramme for, hvordan vi arbejder sammen på tværs.', 'We have a clear frame for how we work together across professions.'],
  ]),
]);

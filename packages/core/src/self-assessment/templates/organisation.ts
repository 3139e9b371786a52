import type { SelfAssessmentTemplate } from '../template-types';
import { area, guideTemplate } from './guide';

/** Theme 2: organisation, at municipal level and in cross-professional teams. */
export const ORGANISATION_TEMPLATE: SelfAssessmentTemplate = guideTemplate('organisation', 2, { da: 'Organisering af samarbejdet', en: 'Organising the collaboration' }, [
  area('org-municipal', { da: 'På kommunalt niveau', en: 'At municipal level' }, [
    ['Vi beslutter sammen, hvordan ressourcer fordeles på tværs af forvaltninger.', 'We decide together how resources are shared across departments.'],
    ['Vi ser, at teamenes arbejde hænger sammen med målene i hver forvaltning.', "We see the teams' work fit the goals of each department."],
    ['Vi følger op på vores organisering og ændrer den, når den ikke støtter samarbejdet.', 'We review how we are organised and change it when it does not support the collaboration.'],
    ['Vi møder andre faggruppers syn på barnets udvikling med åbenhed.', "We meet other professions' views on a child's development with openness."],
  ]),
  area('org-teams', { da: 'I tværprofessionelle teams', en: 'In cross-professional teams' }, [
    ['Vi sætter et mål for, hvad indsatsen skal betyde for barnet, før vi går i gang.', 'We set a goal for what the support should mean for the child before we start.'],
    ['Vi ved, hvad hver af os kan bidrage med i teamet.', 'We know what each of us can contribute in the team.'],
    ['Vi arbejder efter faste dagsordener og metoder.', 'We work with set agendas and methods.'],
  ]),
]);

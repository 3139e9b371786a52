import type { SelfAssessmentTemplate } from '../template-types';
import { area, guideTemplate } from './guide';

/** Theme 3: good meetings. */
export const MEETINGS_TEMPLATE: SelfAssessmentTemplate = guideTemplate('meetings', 3, { da: 'De gode møder', en: 'Good meetings' }, [
  area('meet-structure', { da: 'Struktur og mødeledelse', en: 'Structure and chairing' }, [
    ['Vi har en mødeleder, der sørger for forberedelse, møde og opfølgning.', 'We have someone who chairs and sees to preparation, the meeting and follow-up.'],
    ['Vi ved før hvert møde, hvilken opgave vi skal løse sammen, og hvordan.', 'We know before each meeting which task we are to solve together, and how.'],
    ['Vi har mandat til at træffe beslutninger på møderne.', 'We have the mandate to make decisions at our meetings.'],
    ['Vi har gode relationer til hinanden, også uden for møderne.', 'We have good working relationships, also outside the meetings.'],
  ]),
  area('meet-analysis', { da: 'Analyse af problemstillingen', en: 'Analysing the problem' }, [
    ['Vi undersøger problemet grundigt, før vi vælger, hvad vi gør.', 'We look into the problem thoroughly before we choose what to do.'],
    ['Vi bruger vores forskellige fagligheder til at forstå barnets situation.', "We use our different professions to understand the child's situation."],
    ['Vi følger op på de indsatser, vi sætter i gang, og justerer dem.', 'We follow up on the support we start, and adjust it.'],
  ]),
]);

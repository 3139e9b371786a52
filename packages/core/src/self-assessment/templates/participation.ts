import type { SelfAssessmentTemplate } from '../template-types';
import { area, guideTemplate } from './guide';

/** Theme 4: participation of children and parents. */
export const PARTICIPATION_TEMPLATE: SelfAssessmentTemplate = guideTemplate('participation', 4, { da: 'Børns og forældres deltagelse', en: 'Participation of children and parents' }, [
  area('part-real', { da: 'Reel deltagelse', en: 'Real participation' }, [
    ['Vi møder børn og forældre som ligeværdige parter i samtalen.', 'We meet children and parents as equal partners in the conversation.'],
    ['Vi bruger barnets og forældrenes viden og styrker, når vi finder løsninger.', "We draw on the child's and the parents' knowledge and strengths when we look for solutions."],
    ['Vi tager udgangspunkt i det, barnet selv ser som en løsning.', 'We start from what the child sees as a solution.'],
  ]),
  area('part-form', { da: 'Struktur og mødeform', en: 'Structure and form of meetings' }, [
    ['Vi planlægger møderne, så forældrene ikke står alene over for mange fagfolk.', 'We plan meetings so that parents do not face many professionals alone.'],
    ['Vi stiller spørgsmål, der giver barn og forældre plads til at fortælle.', 'We ask questions that give the child and the parents room to tell their story.'],
    ['Vi lader barnets og forældrenes perspektiv styre, hvad vi vælger at gøre.', "We let the child's and the parents' view steer what we choose to do."],
    ['Vi bruger familiens perspektiv til at se kritisk på vores egen praksis.', "We use the family's view to look critically at our own practice."],
  ]),
]);

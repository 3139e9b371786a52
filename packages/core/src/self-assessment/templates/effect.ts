import type { SelfAssessmentTemplate } from '../template-types';
import { area, guideTemplate } from './guide';

/** Theme 5: the effect of the collaboration. */
export const EFFECT_TEMPLATE: SelfAssessmentTemplate = guideTemplate('effect', 5, { da: 'Effekten af samarbejdet', en: 'Effect of the collaboration' }, [
  area('eff-collab', { da: 'Effekten af samarbejdet', en: 'Effect of the collaboration' }, [
    ['Vi arbejder bevidst med at styrke og måle vores relationelle kapacitet.', 'We work deliberately to build and measure our relational capacity.'],
    ['Vi noterer, hvornår og hvordan vi samarbejder på tværs i en sag.', 'We note when and how we work across professions in a case.'],
    ['Vi bruger data til at se, om vores fælles indsatser virker.', 'We use data to see whether our joint support works.'],
    ['Vi spørger børn og forældre, hvordan de oplever vores samarbejde.', 'We ask children and parents how they experience our collaboration.'],
  ]),
  area('eff-followup', { da: 'Opfølgning på indsatser', en: 'Following up on support' }, [
    ['Vi sætter mål for barnets udvikling.', "We set goals for the child's development."],
    ['Vi beskriver, hvilke tegn vi vil se, når indsatsen virker.', 'We describe the signs we expect to see when the support works.'],
    ['Vi ser sammen efter, om barnet gør det, indsatsen sigter mod.', 'We check together whether the child does what the support aims at.'],
    ['Vi justerer indsatsen ud fra det, vores opfølgning viser.', 'We adjust the support to what our follow-up shows.'],
  ]),
]);

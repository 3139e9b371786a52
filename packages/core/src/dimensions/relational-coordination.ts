import {
  FREQUENCY_CLASSIC,
  NEVER_ALWAYS,
  NOT_AT_ALL_COMPLETELY,
  NOTHING_EVERYTHING,
  PROBLEM_SOLVING,
} from './scales';
import type { DimensionSet } from './types';

/**
 * Relational coordination (Gittell 2002; Gittell, Seidner & Wimbush 2010): seven dimensions,
 * four of communication and three of relationship, each rated 1..5 per tie.
 * Descriptions are relcap's own; the validated item wordings are licensed by Brandeis University.
 */
export const RELATIONAL_COORDINATION: DimensionSet = {
  key: 'relational_coordination',
  labels: { da: 'Relationel koordinering', en: 'Relational coordination' },
  defaultMinItems: 4,
  citation:
    'Gittell, J. H. (2002). Coordinating mechanisms in care provider groups. Management Science 48(11), 1408-1426; Gittell, Seidner & Wimbush (2010). A relational model of how high-performance work systems work. Organization Science 21(2), 490-506.',
  groups: [
    { key: 'communication', labels: { da: 'Kommunikation', en: 'Communication' } },
    { key: 'relationship', labels: { da: 'Relationer', en: 'Relationships' } },
  ],
  dimensions: [
    {
      key: 'frequency',
      aliases: ['hyppighed'],
      group: 'communication',
      labels: { da: 'Hyppighed', en: 'Frequency' },
      description: {
        da: 'Hvor ofte (eller hvor tilstrækkeligt ofte) de kommunikerer med mig om arbejdet.',
        en: 'How often (or how sufficiently often) they communicate with me about the work.',
      },
      scale: FREQUENCY_CLASSIC,
    },
    {
      key: 'timeliness',
      aliases: ['rettidighed'],
      group: 'communication',
      labels: { da: 'Rettidighed', en: 'Timeliness' },
      description: {
        da: 'Om de kommunikerer med mig i tide, når der er brug for det.',
        en: 'Whether they communicate with me on time, when it is needed.',
      },
      scale: NEVER_ALWAYS,
    },
    {
      key: 'accuracy',
      aliases: ['praecision', 'præcision'],
      group: 'communication',
      labels: { da: 'Præcision', en: 'Accuracy' },
      description: {
        da: 'Om det, de kommunikerer, er præcist.',
        en: 'Whether what they communicate is accurate.',
      },
      scale: NEVER_ALWAYS,
    },
    {
      key: 'problem_solving',
      aliases: ['problemloesning', 'problemløsning'],
      group: 'communication',
      labels: { da: 'Problemløsning', en: 'Problem solving' },
      description: {
        da: 'Når der opstår problemer: bebrejder de andre, eller løser de det sammen med mig.',
        en: 'When problems occur, do they blame others or work with me to solve it.',
      },
      scale: PROBLEM_SOLVING,
    },
    {
      key: 'shared_goals',
      aliases: ['faelles_maal', 'fælles_mål'],
      group: 'relationship',
      labels: { da: 'Fælles mål', en: 'Shared goals' },
      description: {
        da: 'Hvor meget de deler mine mål for arbejdet.',
        en: 'How much they share my goals for the work.',
      },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'shared_knowledge',
      aliases: ['faelles_viden', 'fælles_viden'],
      group: 'relationship',
      labels: { da: 'Fælles viden', en: 'Shared knowledge' },
      description: {
        da: 'Hvor meget de ved om det arbejde, jeg udfører.',
        en: 'How much they know about the work I do.',
      },
      scale: NOTHING_EVERYTHING,
    },
    {
      key: 'mutual_respect',
      aliases: ['gensidig_respekt'],
      group: 'relationship',
      labels: { da: 'Gensidig respekt', en: 'Mutual respect' },
      description: {
        da: 'Hvor meget de respekterer det arbejde, jeg udfører.',
        en: 'How much they respect the work I do.',
      },
      scale: NOT_AT_ALL_COMPLETELY,
    },
  ],
};

import { NOT_AT_ALL_COMPLETELY } from './scales';
import type { DimensionSet } from './types';

const CITATION =
  'Hornstrup, C. & Joint Action Analytics: relational capacity, "evnen og viljen til at skabe sammenhæng omkring opgaverne, når behovet opstår" (Styrket relationel kapacitet, Undervisningsministeriet 2019, inspirationsmateriale om tværprofessionelt samarbejde).';

/**
 * Relational capacity (Hornstrup, Joint Action Analytics): five professional items, 1..5.
 * The items are named in the Danish inspiration material (Undervisningsministeriet 2019, inspirationsmateriale om tværprofessionelt samarbejde).
 */
export const RELATIONAL_CAPACITY: DimensionSet = {
  key: 'relational_capacity',
  labels: { da: 'Relationel kapacitet', en: 'Relational capacity' },
  defaultMinItems: 3,
  citation: CITATION,
  groups: [{ key: 'capacity', labels: { da: 'Relationel kapacitet', en: 'Relational capacity' } }],
  dimensions: [
    {
      key: 'task_knowledge',
      aliases: ['kendskab_til_opgaver'],
      group: 'capacity',
      labels: { da: 'Kendskab til andres opgaver', en: 'Knowledge of tasks' },
      description: {
        da: 'Kender de andres opgaver og vilkår.',
        en: "Knows the others' tasks and conditions.",
      },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'keeps_informed',
      aliases: ['holder_informeret'],
      group: 'capacity',
      labels: { da: 'Holder hinanden informeret', en: 'Keeps informed' },
      description: { da: 'Holder de andre informeret.', en: 'Keeps the others informed.' },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'active_contribution',
      aliases: ['aktivt_bidrag'],
      group: 'capacity',
      labels: { da: 'Bidrager aktivt', en: 'Active contribution' },
      description: {
        da: 'Bidrager aktivt på tværs af faglige grænser.',
        en: 'Contributes actively across professional boundaries.',
      },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'joint_problem_solving',
      aliases: ['faelles_problemloesning', 'fælles_problemløsning'],
      group: 'capacity',
      labels: { da: 'Fælles problemløsning', en: 'Joint problem solving' },
      description: {
        da: 'Løser problemer og finder nye løsninger sammen.',
        en: 'Solves problems and finds new solutions together.',
      },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'mutual_respect',
      aliases: ['gensidig_respekt'],
      group: 'capacity',
      labels: { da: 'Gensidig respekt', en: 'Mutual respect' },
      description: { da: 'Respekterer hinandens arbejde.', en: "Respects each other's work." },
      scale: NOT_AT_ALL_COMPLETELY,
    },
  ],
};

/**
 * Citizen experience: answered by a parent or young person about the whole network, 1..5
 * (Undervisningsministeriet 2019, inspirationsmateriale om tværprofessionelt samarbejde).
 */
export const CITIZEN_EXPERIENCE: DimensionSet = {
  key: 'citizen_experience',
  labels: { da: 'Borgerens oplevelse', en: 'Citizen experience' },
  defaultMinItems: 3,
  citation: CITATION,
  groups: [{ key: 'experience', labels: { da: 'Borgerens oplevelse', en: 'Citizen experience' } }],
  dimensions: [
    {
      key: 'gets_help',
      aliases: ['faar_hjaelp', 'får_hjælp'],
      group: 'experience',
      labels: { da: 'Får den hjælp, der er brug for', en: 'Gets help' },
      description: { da: 'Oplever at få den hjælp, der er brug for.', en: 'Experiences getting the help needed.' },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'involved_in_solutions',
      aliases: ['inddraget'],
      group: 'experience',
      labels: { da: 'Inddraget i løsninger', en: 'Involved in solutions' },
      description: { da: 'Bliver inddraget i at finde løsninger.', en: 'Is involved in finding solutions.' },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'coherence',
      aliases: ['sammenhaeng', 'sammenhæng'],
      group: 'experience',
      labels: { da: 'Sammenhæng', en: 'Coherence' },
      description: { da: 'Oplever sammenhæng i indsatsen.', en: 'Experiences the help as coherent.' },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'understandable_language',
      aliases: ['forstaaeligt_sprog', 'forståeligt_sprog'],
      group: 'experience',
      labels: { da: 'Forståeligt sprog', en: 'Understandable language' },
      description: { da: 'De professionelle taler et sprog, der er til at forstå.', en: 'Professionals speak in a language that can be understood.' },
      scale: NOT_AT_ALL_COMPLETELY,
    },
    {
      key: 'resources_used',
      aliases: ['ressourcer_brugt'],
      group: 'experience',
      labels: { da: 'Egne ressourcer bruges', en: 'Own resources used' },
      description: { da: 'Familiens egne ressourcer bliver brugt.', en: "The family's own resources are used." },
      scale: NOT_AT_ALL_COMPLETELY,
    },
  ],
};

import type { Scale, ScalePoint } from './types';

const point = (score: number, en: string, da: string, aliases: readonly string[] = []): ScalePoint => ({
  score,
  labels: { da, en },
  aliases,
});

const scale = (points: readonly ScalePoint[]): Scale => ({ min: 1, max: 5, points });

/** Frequency, classic wording (docs/scoring.md). */
export const FREQUENCY_CLASSIC: Scale = scale([
  point(1, 'Never', 'Aldrig'),
  point(2, 'Rarely', 'Sjældent'),
  point(3, 'Occasionally', 'Af og til'),
  point(4, 'Often', 'Ofte'),
  point(5, 'Constantly', 'Konstant'),
]);

/**
 * Frequency, sufficiency variant. Display order is listed here; the scores are 1, 3, 5, 4, 2
 * (too much is better than too little, the right amount is best).
 */
export const FREQUENCY_SUFFICIENCY: Scale = scale([
  point(1, 'Not nearly enough', 'Slet ikke nok'),
  point(3, 'Not enough', 'Ikke nok'),
  point(5, 'Just the right amount', 'Tilpas'),
  point(4, 'Too often', 'For ofte'),
  point(2, 'Much too often', 'Alt for ofte'),
]);

/** Display position (1..5) of the sufficiency variant -> score. Used only when asked for. */
export const SUFFICIENCY_POSITION_TO_SCORE: Readonly<Record<number, number>> = { 1: 1, 2: 3, 3: 5, 4: 4, 5: 2 };

/** Timeliness and accuracy. */
export const NEVER_ALWAYS: Scale = scale([
  point(1, 'Never', 'Aldrig'),
  point(2, 'Rarely', 'Sjældent'),
  point(3, 'Occasionally', 'Af og til'),
  point(4, 'Often', 'Ofte'),
  point(5, 'Always', 'Altid'),
]);

export const PROBLEM_SOLVING: Scale = scale([
  point(1, 'Always blame others', 'Bebrejder altid andre'),
  point(2, 'Mostly blame others', 'Bebrejder oftest andre'),
  point(3, 'Neither blame nor solve', 'Hverken bebrejder eller løser'),
  point(4, 'Mostly solve with me', 'Løser oftest problemet med mig'),
  point(5, 'Always solve with me', 'Løser altid problemet med mig'),
]);

/** Shared goals and mutual respect. */
export const NOT_AT_ALL_COMPLETELY: Scale = scale([
  point(1, 'Not at all', 'Slet ikke'),
  point(2, 'A little', 'Lidt'),
  point(3, 'Somewhat', 'Noget'),
  point(4, 'A lot', 'Meget'),
  point(5, 'Completely', 'Fuldstændigt', ['Fuldstændig']),
]);

export const NOTHING_EVERYTHING: Scale = scale([
  point(1, 'Nothing', 'Intet'),
  point(2, 'A little', 'Lidt'),
  point(3, 'Some', 'Noget'),
  point(4, 'A lot', 'Meget'),
  point(5, 'Everything', 'Alt'),
]);

/** Danish extent scale common in Microsoft Forms and municipal surveys ("grad"), 1..5. */
export const EXTENT_GRAD: Scale = scale([
  point(1, 'Not at all', 'Slet ikke'),
  point(2, 'To a small extent', 'I mindre grad'),
  point(3, 'To some extent', 'I nogen grad'),
  point(4, 'To a great extent', 'I høj grad'),
  point(5, 'To a very great extent', 'I meget høj grad'),
]);

/**
 * Tokens that mean "no answer" (docs/scoring.md), compared case-insensitively after trimming.
 * Empty cells are missing too.
 */
export const MISSING_TOKENS: readonly string[] = [
  'na',
  'n/a',
  '-',
  'ved ikke',
  'ikke relevant',
  "don't know",
  'don’t know',
  'not applicable',
];

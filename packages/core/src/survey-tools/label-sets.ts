import type { LocalizedText, Scale } from '../dimensions/types';
import {
  EXTENT_GRAD,
  FREQUENCY_CLASSIC,
  FREQUENCY_SUFFICIENCY,
  NEVER_ALWAYS,
  NOT_AT_ALL_COMPLETELY,
  NOTHING_EVERYTHING,
  PROBLEM_SOLVING,
} from '../dimensions/scales';

/**
 * A named answer scale that a survey column can use instead of its dimension's own labels
 * (Microsoft Forms users often put every statement on the "grad" scale). Plain data: a user can
 * define one in the mapping file.
 *
 * @example
 * ```ts
 * const grad: LabelSet = { key: 'grad', labels: { da: 'Grad', en: 'Extent' }, scale: EXTENT_GRAD };
 * ```
 */
export interface LabelSet {
  readonly key: string;
  readonly labels: LocalizedText;
  readonly scale: Scale;
}

/** Key meaning "the dimension's own scale" (docs/scoring.md); the default for every column. */
export const DIMENSION_LABEL_SET = 'dimension';

const point = (score: number, en: string, da: string, aliases: readonly string[] = []) => ({
  score,
  labels: { da, en },
  aliases,
});

/**
 * Agreement scale, Danish and English (Likert 1932 style): Helt enig = 5 ... Helt uenig = 1.
 * "Delvist enig"/"Delvist uenig" and "Overvejende ..." are accepted for 4 and 2.
 */
export const AGREEMENT: Scale = {
  min: 1,
  max: 5,
  points: [
    point(5, 'Strongly agree', 'Helt enig', ['Completely agree']),
    point(4, 'Agree', 'Enig', ['Delvist enig', 'Overvejende enig', 'Somewhat agree', 'Partly agree']),
    point(3, 'Neither agree nor disagree', 'Hverken enig eller uenig', ['Neutral']),
    point(2, 'Disagree', 'Uenig', ['Delvist uenig', 'Overvejende uenig', 'Somewhat disagree', 'Partly disagree']),
    point(1, 'Strongly disagree', 'Helt uenig', ['Completely disagree']),
  ],
};

/**
 * The label sets relcap ships: every relcap scale by name, the Danish extent ("grad") scale and
 * the agreement scale. `dimension` (each dimension's own scale) is implicit and not listed.
 */
export const BUILTIN_LABEL_SETS: readonly LabelSet[] = [
  { key: 'grad', labels: { da: 'I hvilken grad (Slet ikke ... I meget høj grad)', en: 'Extent' }, scale: EXTENT_GRAD },
  { key: 'enig', labels: { da: 'Enighed (Helt uenig ... Helt enig)', en: 'Agreement' }, scale: AGREEMENT },
  { key: 'frequency', labels: { da: 'Hyppighed (Aldrig ... Konstant)', en: 'Frequency' }, scale: FREQUENCY_CLASSIC },
  {
    key: 'frequency_sufficiency',
    labels: { da: 'Tilstrækkelig hyppighed (Slet ikke nok ... Alt for ofte)', en: 'Frequency, sufficiency' },
    scale: FREQUENCY_SUFFICIENCY,
  },
  { key: 'never_always', labels: { da: 'Aldrig ... Altid', en: 'Never ... Always' }, scale: NEVER_ALWAYS },
  { key: 'problem_solving', labels: { da: 'Problemløsning', en: 'Problem solving' }, scale: PROBLEM_SOLVING },
  {
    key: 'not_at_all_completely',
    labels: { da: 'Slet ikke ... Fuldstændigt', en: 'Not at all ... Completely' },
    scale: NOT_AT_ALL_COMPLETELY,
  },
  { key: 'nothing_everything', labels: { da: 'Intet ... Alt', en: 'Nothing ... Everything' }, scale: NOTHING_EVERYTHING },
];

/**
 * Normalises an answer label for matching: NFC, lower case, runs of spaces as one, trimmed, and
 * typographic apostrophes as `'` (case-insensitive, surrounding spaces ignored).
 *
 * @example
 * ```ts
 * normaliseLabel('  I  Høj grad '); // 'i høj grad'
 * ```
 */
export function normaliseLabel(raw: string): string {
  return raw.normalize('NFC').replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Finds the score a label stands for on a scale (Danish, English or alias), or `undefined`.
 *
 * @example
 * ```ts
 * scoreOfLabel(EXTENT_GRAD, 'i meget høj grad'); // 5
 * ```
 */
export function scoreOfLabel(scale: Scale, raw: string): number | undefined {
  const k = normaliseLabel(raw);
  const hit = scale.points.find(
    (p) =>
      normaliseLabel(p.labels.da) === k ||
      normaliseLabel(p.labels.en) === k ||
      (p.aliases ?? []).some((a) => normaliseLabel(a) === k),
  );
  return hit?.score;
}

/**
 * Looks up a label set by key among the user's sets and the shipped ones (user sets win).
 *
 * @example
 * ```ts
 * findLabelSet('grad')?.scale.points.length; // 5
 * ```
 */
export function findLabelSet(key: string, custom: readonly LabelSet[] = []): LabelSet | undefined {
  const k = key.trim().toLowerCase();
  return [...custom, ...BUILTIN_LABEL_SETS].find((s) => s.key.toLowerCase() === k);
}

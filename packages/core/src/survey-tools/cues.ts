import type { DimensionSet } from '../dimensions/types';
import { PROFESSIONS, type Profession } from '../map/professions';

/**
 * Words and phrases that point to a relational-coordination dimension in a column name or a
 * question text, Danish and English (relcap's own wordings, docs/scoring.md; no licensed
 * item text). Matched word by word after {@link foldText}; the last word may be the start of a
 * longer one (`præcis` finds `præcise`). Data: pass your own for another dimension set.
 */
export const RC_DIMENSION_CUES: Readonly<Record<string, readonly string[]>> = {
  frequency: ['hyppighed', 'hyppigt', 'hvor ofte', 'ofte nok', 'frequency', 'frequently', 'how often', 'often enough'],
  timeliness: ['rettidig', 'i tide', 'til tiden', 'i rette tid', 'timeliness', 'timely', 'on time', 'in time'],
  accuracy: ['præcis', 'nøjagtig', 'korrekt', 'accuracy', 'accurate', 'accurately'],
  problem_solving: ['problem', 'bebrejd', 'blame'],
  shared_goals: ['fælles mål', 'mål', 'målsætning', 'goal'],
  shared_knowledge: ['fælles viden', 'viden', 'ved de om', 'kender til', 'knowledge', 'know'],
  mutual_respect: ['respekt', 'respect'],
};

/** Words in a column name or question that point to the respondent's own role (profession). */
export const ROLE_COLUMN_CUES: readonly string[] = [
  'faglig baggrund',
  'faglige baggrund',
  'baggrund',
  'profession',
  'faggruppe',
  'fagområde',
  'stilling',
  'stillingsbetegnelse',
  'rolle',
  'uddannelse',
  'role',
  'job',
  'occupation',
  'professional background',
];

/** Column names that hold a respondent id. */
export const ID_COLUMN_CUES: readonly string[] = [
  'id',
  'respondent id',
  'respondentid',
  'respondent',
  'resp',
  'record id',
  'responseid',
  'response id',
  'løbenummer',
  'lbnr',
  'deltager',
  'participant',
];

/**
 * Cue phrases per dimension of a set: the given cues plus each dimension's key, aliases and
 * Danish and English labels (`shared_goals`, `fælles_mål`, `Fælles mål`, `Shared goals`).
 *
 * @example
 * ```ts
 * dimensionCues(RELATIONAL_COORDINATION).accuracy; // ['præcis', ..., 'accuracy', 'praecision', 'Præcision', 'Accuracy']
 * ```
 */
export function dimensionCues(
  set: DimensionSet,
  cues: Readonly<Record<string, readonly string[]>> = RC_DIMENSION_CUES,
): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const d of set.dimensions) {
    out[d.key] = [...(cues[d.key] ?? []), d.key, ...d.aliases, d.labels.da, d.labels.en];
  }
  return out;
}

/**
 * Phrases per profession key: the key (with `_` as a space) and the Danish and English names,
 * for the catalogue plus any extra professions a user adds.
 *
 * @example
 * ```ts
 * professionPhrases()['sundhedsplejerske']; // ['sundhedsplejerske', 'Sundhedsplejerske', 'Health visitor']
 * ```
 */
export function professionPhrases(extra: readonly Profession[] = []): Record<string, readonly string[]> {
  const out: Record<string, string[]> = {};
  for (const p of [...extra, ...PROFESSIONS]) {
    const list = out[p.key] ?? [];
    list.push(p.key.replace(/_/g, ' '), p.labels.da, p.labels.en);
    out[p.key] = list;
  }
  return out;
}

/**
 * Header names the importer recognises, after `normaliseKey` (lower case, trimmed, spaces and
 * dashes as `_`). The first name of each list is the canonical one.
 *
 * @example
 * ```ts
 * HEADER_ALIASES.targetRole.includes('målrolle'); // true
 * ```
 */
export const HEADER_ALIASES = {
  respondentId: ['respondent_id', 'respondentid', 'respondent', 'id', 'respondent_nr', 'deltager', 'deltager_id'],
  respondentRole: ['respondent_role', 'respondentrole', 'role', 'rolle', 'respondent_rolle', 'profession', 'faggruppe'],
  targetRole: ['target_role', 'targetrole', 'target', 'målrolle', 'maalrolle', 'mål_rolle', 'maal_rolle', 'target_rolle', 'vurderet_rolle'],
  dimension: ['dimension', 'dim', 'dimension_key'],
  value: ['value', 'værdi', 'vaerdi', 'svar', 'answer', 'score'],
} as const;

/** A field of the long format. */
export type LongField = keyof typeof HEADER_ALIASES;

/** The five long-format fields in header order of the canonical layout. */
export const LONG_FIELDS: readonly LongField[] = ['respondentId', 'respondentRole', 'targetRole', 'dimension', 'value'];

const BY_NAME = new Map<string, LongField>(
  LONG_FIELDS.flatMap((f) => HEADER_ALIASES[f].map((name) => [name.normalize('NFC'), f] as const)),
);

/** The long-format field a normalised header names, if any. Internal. */
export function headerField(normalisedHeader: string): LongField | undefined {
  return BY_NAME.get(normalisedHeader.normalize('NFC'));
}

import { OptionsError } from '../errors/relcap-error';
import { CITIZEN_EXPERIENCE, RELATIONAL_CAPACITY } from './relational-capacity';
import { RELATIONAL_COORDINATION } from './relational-coordination';
import type { Dimension, DimensionSet } from './types';

/** The dimension sets relcap ships, by key. */
export const BUILTIN_DIMENSION_SETS: readonly DimensionSet[] = [
  RELATIONAL_COORDINATION,
  RELATIONAL_CAPACITY,
  CITIZEN_EXPERIENCE,
];

/**
 * Looks up a shipped dimension set by key, or returns `custom` when given a user-defined set.
 *
 * @example
 * ```ts
 * getDimensionSet('relational_coordination').dimensions.length; // 7
 * ```
 */
export function getDimensionSet(key: string, custom: readonly DimensionSet[] = []): DimensionSet {
  const found = [...custom, ...BUILTIN_DIMENSION_SETS].find((s) => s.key === key);
  if (found === undefined) {
    const known = [...custom, ...BUILTIN_DIMENSION_SETS].map((s) => s.key).join(', ');
    throw new OptionsError('RELCAP_UNKNOWN_DIMENSION_SET', 'dimensions: unknown dimension set', {
      value: key,
      expected: `one of ${known}`,
    });
  }
  return found;
}

/** Normalises a header key for matching: lower case, trimmed, spaces and dashes as `_`. */
export function normaliseKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Finds a dimension of `set` by its key or one of its aliases (`fælles_mål` -> `shared_goals`),
 * ignoring case and surrounding spaces. Returns `undefined` when nothing matches.
 */
export function findDimension(set: DimensionSet, raw: string): Dimension | undefined {
  const k = normaliseKey(raw);
  return set.dimensions.find((d) => d.key === k || d.aliases.some((a) => normaliseKey(a) === k));
}

import { type BandThresholds, classifyBand, DEFAULT_BANDS } from '../scoring/bands';
import type { Relation } from './types';

/** How a relation is drawn and counted: a band of its RC score, an eco-map strength, or unknown. */
export type RelationBand = 'strong' | 'moderate' | 'weak' | 'missing' | 'stressful' | 'unknown';

export const RELATION_BANDS: readonly RelationBand[] = ['strong', 'moderate', 'weak', 'missing', 'stressful', 'unknown'];

/**
 * The RC score of a rated relation: `rc` when present, else the mean of its `ratings`; `undefined`
 * for a suppressed relation, a relation without scores, or a strength relation.
 *
 * @example
 * ```ts
 * relationScore({ id: 'r', source: 'a', target: 'b', directed: true, kind: 'rated', ratings: { frequency: 3, accuracy: 4 } }); // 3.5
 * ```
 */
export function relationScore(relation: Relation): number | undefined {
  if (relation.kind !== 'rated' || relation.suppressed === true) return undefined;
  if (relation.rc !== undefined) return relation.rc;
  const values = Object.values(relation.ratings);
  if (values.length === 0) return undefined;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * The band of a relation. A strength relation keeps its strength (`strong`, `weak`, `missing`,
 * `stressful`); a rated relation is classified from its score ({@link relationScore}) with
 * `classifyBand` (weak < 3.5 <= moderate <= 4.0 < strong by default); a suppressed or unscored
 * rated relation is `unknown`, never `missing` (someone rated it, too few to show).
 *
 * @example
 * ```ts
 * relationBand({ id: 'r', source: 'a', target: 'b', directed: true, kind: 'rated', ratings: {}, rc: 4.2 }); // 'strong'
 * relationBand({ id: 'r', source: 'a', target: 'b', directed: false, kind: 'strength', strength: 'missing' }); // 'missing'
 * ```
 */
export function relationBand(relation: Relation, bands: BandThresholds = DEFAULT_BANDS): RelationBand {
  if (relation.kind === 'strength') return relation.strength;
  const score = relationScore(relation);
  return score === undefined ? 'unknown' : classifyBand(score, bands);
}

/**
 * The key a legend styles a relation by; the same value as {@link relationBand}, named for
 * renderers (`styles[relationStyleKey(r)]`).
 *
 * @example
 * ```ts
 * const style = legend[relationStyleKey(relation)];
 * ```
 */
export const relationStyleKey: (relation: Relation, bands?: BandThresholds) => RelationBand = relationBand;

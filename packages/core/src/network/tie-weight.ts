import { OptionsError } from '../errors/relcap-error';
import { relationBand, relationScore } from '../map/relation-band';
import type { Relation } from '../map/types';
import { type BandThresholds, DEFAULT_BANDS } from '../scoring/bands';

/** Weight of a relation by band, used for strength, constraint and distances. `missing` has none: it is not a tie. */
export interface TieWeights {
  readonly strong: number;
  readonly moderate: number;
  readonly weak: number;
  /** A stressful relation is a tie (the actors are in contact) of poor quality. */
  readonly stressful: number;
  /** A suppressed or unscored rated relation: someone rated it, its strength is not shown. */
  readonly unknown: number;
}

/** Default weights: strong 1, moderate 2/3, weak 1/3, stressful 1/3, unknown 1/2. */
export const DEFAULT_TIE_WEIGHTS: TieWeights = { strong: 1, moderate: 2 / 3, weak: 1 / 3, stressful: 1 / 3, unknown: 1 / 2 };

/** How relations become weighted arcs; see docs/network-metrics.md. */
export interface TieWeightOptions {
  readonly bands: BandThresholds;
  readonly weights: TieWeights;
  /** `rc`: a scored rated relation weighs `score / 5` (0.2..1); `band`: it weighs its band's weight. */
  readonly ratedWeight: 'rc' | 'band';
}

export const DEFAULT_TIE_WEIGHT_OPTIONS: TieWeightOptions = {
  bands: DEFAULT_BANDS,
  weights: DEFAULT_TIE_WEIGHTS,
  ratedWeight: 'rc',
};

/**
 * The weight of a relation as a tie, in (0, 1] with the defaults, or `undefined` for a `missing`
 * relation, which marks an absent tie and is never an edge in the metrics.
 *
 * @example
 * ```ts
 * relationWeight({ id: 'r', source: 'a', target: 'b', directed: false, kind: 'strength', strength: 'weak' }); // 1/3
 * relationWeight({ id: 'r', source: 'a', target: 'b', directed: true, kind: 'rated', ratings: {}, rc: 4 }); // 0.8
 * ```
 */
export function relationWeight(relation: Relation, options: Partial<TieWeightOptions> = {}): number | undefined {
  const o = { ...DEFAULT_TIE_WEIGHT_OPTIONS, ...options };
  checkWeights(o.weights);
  return weightOf(relation, o);
}

/**
 * {@link relationWeight} with complete options whose weights were checked once
 * (`checkWeights`), for callers that weigh every relation of a map (`mapToGraph`): no options
 * merge and no check per relation.
  *
 * @example
 * ```ts
 * checkWeights(o.weights);
 * for (const r of map.relations) weightOf(r, o);
 * ```
 */
export function weightOf(relation: Relation, o: TieWeightOptions): number | undefined {
  const band = relationBand(relation, o.bands);
  if (band === 'missing') return undefined;
  if (relation.kind === 'rated' && o.ratedWeight === 'rc') {
    const score = relationScore(relation);
    if (score !== undefined) return score / 5;
  }
  return o.weights[band];
}

/**
 * Throws `OptionsError` when a tie weight is not a finite number above 0.
 *
 * @example
 * ```ts
 * checkWeights({ ...DEFAULT_TIE_WEIGHTS, weak: 0 }); // throws OptionsError RELCAP_BAD_TIE_WEIGHT
 * ```
 */
export function checkWeights(w: TieWeights): void {
  for (const [k, v] of Object.entries(w)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new OptionsError('RELCAP_BAD_TIE_WEIGHT', `network: invalid tie weight for "${k}"`, {
        value: String(v),
        expected: 'a finite number above 0 (a weight of 0 would be an infinite distance)',
      });
    }
  }
}

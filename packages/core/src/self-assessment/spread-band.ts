import type { StatementSummary } from './summarize-round';

/** Which spread the spider web shows as a band: the quartiles (Tukey's hinges) or min to max. */
export type SpreadBandKind = 'quartiles' | 'min-max';

/** Options of {@link chooseSpreadBand}. */
export interface SpreadBandOptions {
  /** `'auto'` picks min-max for a handful of people (fewer than `handfulBelow`), else quartiles. */
  readonly band: SpreadBandKind | 'auto';
  /** With fewer participants than this, `'auto'` shows min-max: quartiles of 2-4 ratings say little. */
  readonly handfulBelow: number;
}

/**
 * Defaults of {@link SpreadBandOptions}: `'auto'`, min-max below five participants.
 *
 * @example
 * ```ts
 * chooseSpreadBand(4, { ...DEFAULT_SPREAD_BAND_OPTIONS, handfulBelow: 4 }); // 'quartiles'
 * ```
 */
export const DEFAULT_SPREAD_BAND_OPTIONS: SpreadBandOptions = { band: 'auto', handfulBelow: 5 };

/**
 * The band to draw for a round of `participants` people.
 *
 * @example
 * ```ts
 * chooseSpreadBand(4); // 'min-max'
 * chooseSpreadBand(8); // 'quartiles'
 * chooseSpreadBand(4, { band: 'quartiles' }); // 'quartiles'
 * ```
 */
export function chooseSpreadBand(participants: number, options: Partial<SpreadBandOptions> = {}): SpreadBandKind {
  const { band, handfulBelow } = { ...DEFAULT_SPREAD_BAND_OPTIONS, ...options };
  if (band !== 'auto') return band;
  return participants < handfulBelow ? 'min-max' : 'quartiles';
}

/**
 * The band `[low, high]` of a statement, or `null` when nobody rated it.
 *
 * @example
 * ```ts
 * spreadBand(summary, 'quartiles'); // [5, 7]
 * spreadBand(summary, 'min-max'); // [3, 9]
 * ```
 */
export function spreadBand(summary: StatementSummary, kind: SpreadBandKind): readonly [number, number] | null {
  const s = summary.stats;
  if (s === null) return null;
  return kind === 'quartiles' ? [s.q1, s.q3] : [s.min, s.max];
}

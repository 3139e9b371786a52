import { OptionsError } from '../errors/relcap-error';

/** Band of a tie's RC score. */
export type Band = 'weak' | 'moderate' | 'strong';

/**
 * Band thresholds: weak `rc < weakBelow`, moderate `weakBelow <= rc <= strongAbove`,
 * strong `rc > strongAbove`. Defaults 3.5 and 4.0 (docs/scoring.md, rule 3).
 */
export interface BandThresholds {
  readonly weakBelow: number;
  readonly strongAbove: number;
}

export const DEFAULT_BANDS: BandThresholds = { weakBelow: 3.5, strongAbove: 4.0 };

/**
 * Classifies an RC score into a band. Both boundaries belong to `moderate`.
 *
 * @example
 * ```ts
 * classifyBand(3.5); // 'moderate'
 * classifyBand(4.0); // 'moderate'
 * classifyBand(4.01); // 'strong'
 * ```
 */
export function classifyBand(rc: number, bands: BandThresholds = DEFAULT_BANDS): Band {
  if (!Number.isFinite(rc)) {
    throw new OptionsError('RELCAP_BAD_SCORE', 'bands: cannot classify a score that is not a number', {
      value: String(rc),
      expected: 'a finite number',
    });
  }
  if (rc < bands.weakBelow) return 'weak';
  if (rc > bands.strongAbove) return 'strong';
  return 'moderate';
}

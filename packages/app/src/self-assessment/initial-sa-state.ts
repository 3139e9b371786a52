import type { SaState } from './types';

/**
 * The self-assessment's part of a fresh app state: no round open, no history.
 *
 * @example
 * ```ts
 * const sa = initialSaState(); // sa.round === null
 * ```
 */
export function initialSaState(): SaState {
  return { round: null, docId: null, series: null, earlier: [], past: [], future: [], revision: 0, showPoints: false };
}

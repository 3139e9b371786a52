import { type SpreadBandKind, spreadBand } from './spread-band';
import type { RoundSummary, StatementSummary } from './summarize-round';

/** A statement ranked by how much the team disagrees on it. */
export interface Disagreement {
  readonly statementId: string;
  /** Width of the band ranked by (IQR for quartiles, range for min-max). */
  readonly spread: number;
  /** The other measure, used to break ties. */
  readonly secondary: number;
  /** True for the first `flag` statements with a spread above zero: worth talking about first. */
  readonly flagged: boolean;
  readonly summary: StatementSummary;
}

/** Options of {@link rankDisagreement}. */
export interface DisagreementOptions {
  /** The spread to rank by; use the band the web shows. */
  readonly band: SpreadBandKind;
  /** How many of the top statements to flag. */
  readonly flag: number;
  /** Statements rated by fewer people than this are not ranked (one rating has no spread). */
  readonly minRaters: number;
}

/**
 * Defaults of {@link DisagreementOptions}: rank by IQR, flag three, at least two raters.
 *
 * @example
 * ```ts
 * rankDisagreement(summary, { ...DEFAULT_DISAGREEMENT_OPTIONS, flag: 5 });
 * ```
 */
export const DEFAULT_DISAGREEMENT_OPTIONS: DisagreementOptions = { band: 'quartiles', flag: 3, minRaters: 2 };

/**
 * Statements where the team disagrees most, widest spread first: by the band's width (IQR or
 * range), then by the other measure, then in template order (stable). The guide asks the team
 * to present the reasons behind their individual ratings; these are the places to start. It
 * ranks statements, never people. O(s log s).
 *
 * @example
 * ```ts
 * rankDisagreement(summarizeRound(round), { band: 'min-max' })
 *   .filter((d) => d.flagged).map((d) => d.statementId); // ['s4', 's1', 's7']
 * ```
 */
export function rankDisagreement(summary: RoundSummary, options: Partial<DisagreementOptions> = {}): Disagreement[] {
  const { band, flag, minRaters } = { ...DEFAULT_DISAGREEMENT_OPTIONS, ...options };
  const other: SpreadBandKind = band === 'quartiles' ? 'min-max' : 'quartiles';
  const width = (s: StatementSummary, kind: SpreadBandKind): number => {
    const b = spreadBand(s, kind);
    return b === null ? 0 : b[1] - b[0];
  };
  const ranked = summary.statements
    .map((s, index) => ({ s, index, spread: width(s, band), secondary: width(s, other) }))
    .filter((r) => r.s.n >= minRaters)
    .sort((a, b) => b.spread - a.spread || b.secondary - a.secondary || a.index - b.index);
  return ranked.map((r, i) => ({
    statementId: r.s.statementId,
    spread: r.spread,
    secondary: r.secondary,
    flagged: i < flag && r.spread > 0,
    summary: r.s,
  }));
}

import { type FiveNumberSummary, fiveNumberSummary } from './five-number-summary';
import type { AssessmentRound } from './round-types';
import type { LocalizedText } from '../dimensions/types';

/**
 * The summary of one statement in a round: how many rated it (`n`) and how many did not
 * (`missing`), and, when `n > 0`, the five-number summary with the spread as the interquartile
 * range (`iqr = q3 - q1`, Tukey's hinges) and the range (`max - min`). The mean is given only
 * together with the spread, never alone.
 */
export interface StatementSummary {
  readonly statementId: string;
  readonly areaId: string;
  readonly text: LocalizedText;
  readonly n: number;
  readonly missing: number;
  readonly stats: (FiveNumberSummary & { readonly iqr: number; readonly range: number; readonly mean: number }) | null;
}

/** Summaries of every statement of a round, in template order (areas, then statements). */
export interface RoundSummary {
  readonly date: string;
  readonly participants: number;
  readonly statements: readonly StatementSummary[];
}

/**
 * Summarises a round per statement ({@link StatementSummary}). Participant order does not
 * matter; missing ratings are counted and left out, never filled in. O(p·s·log p) for p
 * participants and s statements (both bounded by `SA_LIMITS`).
 *
 * @example
 * ```ts
 * const s = summarizeRound(round).statements[0];
 * s.stats?.median; // 6
 * s.stats?.iqr; // 2
 * ```
 */
export function summarizeRound(round: AssessmentRound): RoundSummary {
  const statements: StatementSummary[] = [];
  for (const area of round.template.areas) {
    for (const st of area.statements) {
      const values: number[] = [];
      for (const p of round.participants) {
        const r = p.ratings[st.id];
        if (typeof r === 'number') values.push(r);
      }
      const five = fiveNumberSummary(values);
      statements.push({
        statementId: st.id,
        areaId: area.id,
        text: st.text,
        n: values.length,
        missing: round.participants.length - values.length,
        stats: five === null ? null : { ...five, iqr: five.q3 - five.q1, range: five.max - five.min, mean: values.reduce((a, b) => a + b, 0) / values.length },
      });
    }
  }
  return { date: round.date, participants: round.participants.length, statements };
}

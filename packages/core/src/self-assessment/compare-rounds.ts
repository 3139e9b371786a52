import type { AssessmentRound } from './round-types';
import { type StatementSummary, summarizeRound } from './summarize-round';
import type { LocalizedText } from '../dimensions/types';

/** How one statement changed from one round to the next. */
export interface StatementChange {
  readonly statementId: string;
  readonly text: LocalizedText;
  /** `both` when the statement is in both rounds, `added` when only in the later, `removed` when only in the earlier. */
  readonly status: 'both' | 'added' | 'removed';
  readonly before: StatementSummary | null;
  readonly after: StatementSummary | null;
  /** `after.median - before.median`; `null` unless both rounds have ratings for it. */
  readonly medianChange: number | null;
  /** Change of the interquartile range (negative: the team agrees more). */
  readonly iqrChange: number | null;
  /** Change of the range, max - min. */
  readonly rangeChange: number | null;
}

/** The comparison of two rounds ({@link compareRounds}). */
export interface RoundComparison {
  readonly beforeDate: string;
  readonly afterDate: string;
  /** Every statement of either round: the later round's order first, then the removed ones. */
  readonly changes: readonly StatementChange[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

function diff(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined ? null : b - a;
}

/**
 * Compares two rounds statement by statement (matched by statement id): the change in median
 * and in spread (IQR and range), and which statements were added or removed. A statement nobody
 * rated in one of the rounds has `null` changes, never 0. O(s·p log p).
 *
 * @example
 * ```ts
 * const c = compareRounds(round1, round2);
 * c.changes.find((x) => x.statementId === 'meet-structure-1')?.medianChange; // 2
 * c.added; // ['our-own-1'] (a statement the team wrote for round two)
 * ```
 */
export function compareRounds(before: AssessmentRound, after: AssessmentRound): RoundComparison {
  const a = summarizeRound(before).statements;
  const b = summarizeRound(after).statements;
  const byId = new Map(a.map((s) => [s.statementId, s]));
  const inAfter = new Set(b.map((s) => s.statementId));
  const changes: StatementChange[] = [];
  for (const s of b) {
    const old = byId.get(s.statementId) ?? null;
    changes.push({
      statementId: s.statementId,
      text: s.text,
      status: old === null ? 'added' : 'both',
      before: old,
      after: s,
      medianChange: diff(old?.stats?.median, s.stats?.median),
      iqrChange: diff(old?.stats?.iqr, s.stats?.iqr),
      rangeChange: diff(old?.stats?.range, s.stats?.range),
    });
  }
  for (const s of a) {
    if (inAfter.has(s.statementId)) continue;
    changes.push({ statementId: s.statementId, text: s.text, status: 'removed', before: s, after: null, medianChange: null, iqrChange: null, rangeChange: null });
  }
  return {
    beforeDate: before.date,
    afterDate: after.date,
    changes,
    added: changes.filter((c) => c.status === 'added').map((c) => c.statementId),
    removed: changes.filter((c) => c.status === 'removed').map((c) => c.statementId),
  };
}

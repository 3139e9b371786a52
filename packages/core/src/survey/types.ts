/**
 * One answer: respondent r (in role `respondentRole`) rates the people in `targetRole` on one
 * dimension. This is what every importer yields and what the scorer consumes.
 */
export interface Answer {
  readonly respondentId: string;
  readonly respondentRole: string;
  readonly targetRole: string;
  /** Canonical dimension key of the chosen dimension set (`shared_goals`, never an alias). */
  readonly dimension: string;
  /** Score 1..5 after label matching and recoding; `null` = missing (empty or a missing token). */
  readonly value: number | null;
  /** Where the answer came from, for error messages. */
  readonly source?: { readonly file?: string; readonly line: number; readonly column: string };
}

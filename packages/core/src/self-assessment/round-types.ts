import type { SelfAssessmentTemplate } from './template-types';

/**
 * The version of the round format this code writes; the reader accepts {@link SUPPORTED_ROUND_VERSIONS}.
 *
 * @example
 * ```ts
 * JSON.stringify({ schemaVersion: ROUND_SCHEMA_VERSION, date: '2026-03-01', template, participants: [], picks: [] });
 * ```
 */
export const ROUND_SCHEMA_VERSION = 1;

/**
 * Round format versions the reader accepts.
 *
 * @example
 * ```ts
 * SUPPORTED_ROUND_VERSIONS.includes(1); // true
 * ```
 */
export const SUPPORTED_ROUND_VERSIONS: readonly number[] = [1];

/**
 * One participant of a round. `id` is stable across rounds; the name is optional (a team may
 * prefer numbers): without it the participant is shown as "#1", "#2", ... in template order.
 * `ratings` maps statement ids to a whole number on the template's scale; a statement that is
 * absent or `null` was not rated (missing is allowed and counted, never guessed).
 */
export interface RoundParticipant {
  readonly id: string;
  readonly name?: string;
  readonly ratings: Readonly<Record<string, number | null>>;
}

/** The team's plan for a picked statement. */
export interface ActionPlan {
  readonly who: string;
  readonly what: string;
  readonly when: string;
}

/** A statement the team picked to develop, with what the child and parents will notice, what it takes and a plan. */
export interface StatementPick {
  readonly statementId: string;
  readonly childAndParentsWillNotice: string;
  readonly whatItTakes: string;
  readonly plan: ActionPlan;
}

/**
 * One dated round of a self-assessment: the template as used that day (a snapshot, so later
 * rounds can add or remove statements), the participants and their ratings, and up to three
 * picked statements with their plans.
 */
export interface AssessmentRound {
  readonly schemaVersion: number;
  /** Calendar date of the round, `YYYY-MM-DD`. */
  readonly date: string;
  readonly label?: string;
  readonly template: SelfAssessmentTemplate;
  readonly participants: readonly RoundParticipant[];
  readonly picks: readonly StatementPick[];
}

import { validateRound } from './parse-round';
import type { AssessmentRound, RoundParticipant, StatementPick } from './round-types';
import { ROUND_SCHEMA_VERSION } from './round-types';
import type { SelfAssessmentTemplate } from './template-types';

/** What {@link createRound} needs besides the template. */
export interface CreateRoundInput {
  readonly date: string;
  readonly label?: string;
  readonly participants?: readonly RoundParticipant[];
  readonly picks?: readonly StatementPick[];
}

/**
 * Builds a round from a template and validates it (so a rating outside the scale throws a
 * `SelfAssessmentError` here as it would when read from a file). Use it to start a round, or
 * the next round from an earlier one (`createRound(prev.template, { date, participants: ... })`).
 *
 * @example
 * ```ts
 * const round = createRound(getBuiltinTemplate('meetings'), {
 *   date: '2026-03-01',
 *   participants: [{ id: 'p1', name: 'Anne', ratings: { 'meet-structure-1': 7 } }, { id: 'p2', ratings: {} }],
 * });
 * ```
 */
export function createRound(template: SelfAssessmentTemplate, input: CreateRoundInput): AssessmentRound {
  return validateRound({
    schemaVersion: ROUND_SCHEMA_VERSION,
    date: input.date,
    ...(input.label !== undefined ? { label: input.label } : {}),
    template,
    participants: input.participants ?? [],
    picks: input.picks ?? [],
  });
}

import type { AssessmentRound } from './round-types';

/**
 * How a participant is shown: the name when given (trimmed, not empty), else `#` and the
 * 1-based position in the round, so a team that prefers numbers stays anonymous.
 *
 * @example
 * ```ts
 * participantLabel(round, 0); // 'Anne'
 * participantLabel(round, 1); // '#2'
 * ```
 */
export function participantLabel(round: AssessmentRound, index: number): string {
  const name = round.participants[index]?.name?.trim();
  return name !== undefined && name !== '' ? name : `#${index + 1}`;
}

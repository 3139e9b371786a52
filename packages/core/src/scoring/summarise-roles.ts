import type { RoleScore, TieScore } from './survey-score';

const meanOf = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * RC given and received per role (docs/scoring.md, rule 5): the unweighted mean `rc` of the
 * role's non-suppressed between-role ties, outgoing and incoming. `roles` lists every role
 * (raters and targets) in output order; `respondents` counts respondents per role. Internal.
 */
export function summariseRoles(
  roles: readonly string[],
  respondents: ReadonlyMap<string, number>,
  ties: readonly TieScore[],
): RoleScore[] {
  return roles.map((role) => {
    const given: number[] = [];
    const received: number[] = [];
    for (const t of ties) {
      if (t.within || t.suppressed || t.rc === null) continue;
      if (t.from === role) given.push(t.rc);
      if (t.to === role) received.push(t.rc);
    }
    return {
      role,
      respondents: respondents.get(role) ?? 0,
      given: meanOf(given),
      givenTies: given.length,
      received: meanOf(received),
      receivedTies: received.length,
    };
  });
}

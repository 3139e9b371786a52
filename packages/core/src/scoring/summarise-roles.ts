import type { WorkCounter } from './score-options';
import type { RoleScore, TieScore } from './survey-score';

/**
 * RC given and received per role (docs/scoring.md, rule 5): the unweighted mean `rc` of the
 * role's non-suppressed between-role ties, outgoing and incoming. `roles` lists every role
 * (raters and targets) in output order; `respondents` counts respondents per role. One pass over
 * the ties, summing per role: time linear in roles + ties (a wide file with thousands of target
 * roles used to cost roles x ties). Internal.
 */
export function summariseRoles(
  roles: readonly string[],
  respondents: ReadonlyMap<string, number>,
  ties: readonly TieScore[],
  work?: WorkCounter,
): RoleScore[] {
  const at = new Map<string, number>();
  for (let i = 0; i < roles.length; i++) at.set(roles[i]!, i);
  const n = roles.length;
  const givenSum = new Float64Array(n);
  const givenN = new Int32Array(n);
  const recvSum = new Float64Array(n);
  const recvN = new Int32Array(n);
  for (const t of ties) {
    if (work !== undefined) work.count++;
    if (t.within || t.suppressed || t.rc === null) continue;
    const f = at.get(t.from);
    const to = at.get(t.to);
    if (f !== undefined) {
      givenSum[f]! += t.rc;
      givenN[f]!++;
    }
    if (to !== undefined) {
      recvSum[to]! += t.rc;
      recvN[to]!++;
    }
  }
  return roles.map((role, i) => {
    if (work !== undefined) work.count++;
    return {
      role,
      respondents: respondents.get(role) ?? 0,
      given: givenN[i]! === 0 ? null : givenSum[i]! / givenN[i]!,
      givenTies: givenN[i]!,
      received: recvN[i]! === 0 ? null : recvSum[i]! / recvN[i]!,
      receivedTies: recvN[i]!,
    };
  });
}

import { cronbachAlphaFromSums } from '../stats/cronbach-alpha';
import { accumulateRatings } from './accumulate-ratings';
import { buildTieScore } from './build-tie-score';
import { individualRatings } from './individual-ratings';
import { scoreIcc } from './score-icc';
import type { ScorerState } from './scorer-state';
import { summariseRoles } from './summarise-roles';
import { summariseAsymmetry, summariseNetwork } from './summarise-network';
import type { ScoreIssue, SurveyScore } from './survey-score';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the {@link SurveyScore} from the scorer's compact state. Internal. */
export function finishScore(state: ScorerState, includeRatings: boolean): SurveyScore {
  const o = state.options;
  const pass = accumulateRatings(state);
  const names = state.roleNames;
  const accs = [...pass.ties].sort((x, y) => byCodeUnits(names[x.from]!, names[y.from]!) || byCodeUnits(names[x.to]!, names[y.to]!));
  const ties = accs.map((acc) => buildTieScore(acc, names, o));
  const respondentsPerRole = new Map<string, number>();
  for (let r = 0; r < state.respondentIds.length; r++) {
    const role = names[state.respondentRole[r]!]!;
    respondentsPerRole.set(role, (respondentsPerRole.get(role) ?? 0) + 1);
  }
  const issues: ScoreIssue[] = [...state.issues];
  if (state.unlistedIssues > 0) {
    issues.push({
      code: 'RELCAP_ISSUES_TRUNCATED',
      message: `scoring: ${state.unlistedIssues} further issues are not listed (maxIssues = ${o.maxIssues})`,
    });
  }
  const score: SurveyScore = {
    schemaVersion: 1,
    dimensionSet: o.dimensionSet.key,
    options: { minItems: o.minItems, minRaters: o.minRaters, bands: { ...o.bands }, confidence: o.confidence, mode: o.mode },
    respondents: state.respondentIds.length,
    ratings: { valid: pass.valid, incomplete: pass.incomplete },
    missingAnswers: state.missingAnswers,
    ties,
    roles: summariseRoles([...names].sort(byCodeUnits), respondentsPerRole, ties, o.work),
    network: summariseNetwork(ties, accs),
    asymmetry: summariseAsymmetry(ties),
    reliability: {
      cronbachAlpha: cronbachAlphaFromSums(pass.alpha),
      cases: pass.alpha.cases,
      items: pass.alpha.items,
      icc: scoreIcc(
        accs,
        ties.map((t) => !t.suppressed),
        names,
      ),
    },
    issues,
  };
  return includeRatings ? { ...score, individualRatings: individualRatings(state) } : score;
}

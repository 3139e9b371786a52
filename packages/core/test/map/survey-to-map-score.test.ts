import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/survey/types';
import { scoreAnswers } from '../../src/scoring/score-answers';
import { surveyToMap } from '../../src/map/survey-to-map';

const DIMS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];

/** Every respondent of `from` rates `to` with the same value on all seven dimensions. */
const ratings = (from: string, to: string, values: readonly number[], prefix: string): Answer[] =>
  values.flatMap((v, i) =>
    DIMS.map((dimension) => ({ respondentId: `${prefix}${i}`, respondentRole: from, targetRole: to, dimension, value: v })),
  );

describe('surveyToMap(scoreAnswers(...))', () => {
  it('accepts a SurveyScore directly and keeps roles that have no ties', () => {
    // Three teachers rate pedagogues 4, 5, 3 -> rc = 4 (moderate); two pedagogues rate teachers
    // (n = 2 < minRaters 3 -> suppressed). Psychologists answer about nobody valid: one respondent
    // with only 3 of 7 dimensions answered -> incomplete, so the role appears without ties.
    const answers: Answer[] = [
      ...ratings('Lærer', 'Pædagog', [4, 5, 3], 'L'),
      ...ratings('Pædagog', 'Lærer', [2, 3], 'P'),
      ...DIMS.slice(0, 3).map((dimension) => ({
        respondentId: 'Y1',
        respondentRole: 'PPR-psykolog',
        targetRole: 'Lærer',
        dimension,
        value: 4,
      })),
    ];
    const score = scoreAnswers(answers);
    const map = surveyToMap(score);
    expect(map.actors.map((a) => a.label).sort()).toEqual(['Lærer', 'PPR-psykolog', 'Pædagog']);
    const rated = map.relations.filter((r) => r.kind === 'rated');
    const lp = rated.find((r) => r.kind === 'rated' && r.n === 3);
    expect(lp?.kind === 'rated' ? lp.rc : undefined).toBeCloseTo(4, 12);
    const pl = rated.find((r) => r.kind === 'rated' && r.n === 2);
    expect(pl?.kind === 'rated' ? pl.suppressed : undefined).toBe(true);
  });
});

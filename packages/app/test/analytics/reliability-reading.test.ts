import { createScorer, type SurveyScore } from '@relcap/core';
import { describe, expect, it } from 'vitest';
import { reliabilityReading } from '../../src/analytics/reliability-reading';

const DIMS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];

/** Two roles rating each other, `raters` respondents each, every dimension answered with `value(rater, dim)`. */
function score(raters: number, value: (r: number, d: number) => number): SurveyScore {
  const s = createScorer();
  for (const [from, to] of [
    ['Lærer', 'Pædagog'],
    ['Pædagog', 'Lærer'],
  ] as const) {
    for (let r = 0; r < raters; r++) {
      for (const [d, dimension] of DIMS.entries()) s.add({ respondentId: `${from}-${r}`, respondentRole: from, targetRole: to, dimension, value: value(r, d) });
    }
  }
  return s.finish();
}

describe('reliabilityReading', () => {
  it('says why alpha cannot be computed when every answer is the same (no variance)', () => {
    const [alpha] = reliabilityReading(score(3, () => 4), 'en');
    expect(alpha).toBe('Cronbach’s alpha cannot be computed: too few complete ratings.');
  });

  it('reads a high alpha in Danish with its value and cases: items that move together', () => {
    // Rater r answers r+1 on every item: items perfectly correlated, alpha = 1 (k/(k-1) * (1 - k*var/(k^2*var))).
    const s = score(4, (r) => r + 1);
    expect(s.reliability.cronbachAlpha).toBeCloseTo(1, 12);
    const [alpha] = reliabilityReading(s, 'da');
    expect(alpha).toContain('Cronbachs alfa er 1,00 over 8 fuldstændige vurderinger');
    expect(alpha).toContain('giver mening at lægge dem sammen');
  });

  it('counts the ties whose raters agree (rwg(j) above 0.70)', () => {
    // All raters answer 4 on every item: observed variance 0, rwg(j) = 1 in both ties.
    const s = score(3, () => 4);
    expect(reliabilityReading(s, 'en')[1]).toContain('in 2 of 2 ties the raters agree');
  });
});

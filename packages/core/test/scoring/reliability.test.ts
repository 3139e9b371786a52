import { describe, expect, it } from 'vitest';
import type { DimensionSet } from '../../src/dimensions/index';
import { scoreAnswers } from '../../src/scoring/index';
import { all, SurveyBuilder } from './survey-builder';

const three = { min: 1, max: 5, points: [] };
const item = (key: string) => ({ key, aliases: [], group: 'g', labels: { da: key, en: key }, description: { da: key, en: key }, scale: three });
const TRIO: DimensionSet = {
  key: 'trio',
  labels: { da: 'Tre', en: 'Three' },
  groups: [{ key: 'g', labels: { da: 'g', en: 'g' } }],
  dimensions: [item('i1'), item('i2'), item('i3')],
  defaultMinItems: 2,
  citation: 'test set',
};

describe('scoreAnswers Cronbach alpha (Cronbach 1951)', () => {
  it('scoreAnswers computes alpha over complete ratings, within- and between-role alike', () => {
    // cases (i1, i2, i3): (4,4,5) A->B, (2,3,3) A->A, (5,4,4) B->A; (3,-,3) is valid but incomplete
    // item variances: i1 {4,2,5} mean 11/3 -> (1/9 + 25/9 + 16/9) / 2 = 7/3; i2 {4,3,4} -> 1/3;
    // i3 {5,3,4} -> 1; sum 11/3. Totals {13, 8, 13}, mean 34/3 -> (25 + 100 + 25)/9 / 2 = 25/3.
    // alpha = 3/2 · (1 - (11/3) / (25/3)) = 3/2 · 14/25 = 0.84
    const b = new SurveyBuilder(['i1', 'i2', 'i3'])
      .rate('x', 'A', 'B', [4, 4, 5])
      .rate('x', 'A', 'A', [2, 3, 3])
      .rate('y', 'B', 'A', [5, 4, 4])
      .rate('z', 'B', 'A', [3, null, 3]);
    const score = scoreAnswers(b.answers, { dimensionSet: TRIO, minRaters: 1 });
    expect(score.reliability.cases).toBe(3);
    expect(score.reliability.items).toBe(3);
    expect(score.reliability.cronbachAlpha).toBeCloseTo(0.84, 12);
  });

  it('scoreAnswers reports alpha as null with fewer than 2 complete cases or no total variance', () => {
    const one = new SurveyBuilder().rate('x', 'A', 'B', all(4)).rate('y', 'A', 'B', [4, 4, 4, 4]);
    expect(scoreAnswers(one.answers).reliability).toMatchObject({ cronbachAlpha: null, cases: 1, items: 7 });
    const flat = new SurveyBuilder().rate('x', 'A', 'B', all(4)).rate('y', 'A', 'B', all(4));
    expect(scoreAnswers(flat.answers).reliability).toMatchObject({ cronbachAlpha: null, cases: 2, items: 7 });
  });

  it('scoreAnswers gives alpha 1 for seven items that always agree', () => {
    // each case answers one value on all items: item variances v each, total variance 49 v,
    // alpha = 7/6 · (1 - 7v / 49v) = 7/6 · 6/7 = 1
    const b = new SurveyBuilder().rate('x', 'A', 'B', all(2)).rate('y', 'A', 'B', all(5)).rate('z', 'A', 'C', all(3));
    expect(scoreAnswers(b.answers).reliability.cronbachAlpha).toBeCloseTo(1, 12);
  });
});

import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/scoring/index';
import { compareSurveys, pairedDifference, tQuantile } from '../../src/stats/index';
import { all, SurveyBuilder } from '../scoring/survey-builder';

/** A wave in which each respondent `id` of role A rates B with individual index `rc`. */
const wave = (raters: Record<string, number>, withRatings = true) => {
  const b = new SurveyBuilder();
  for (const [id, rc] of Object.entries(raters)) b.rate(id, 'A', 'B', all(rc));
  return scoreAnswers(b.answers, { minRaters: 2, includeRatings: withRatings });
};

describe('pairedDifference (Student 1908)', () => {
  it('pairedDifference gives the mean of after - before with a t interval on n - 1 df', () => {
    // differences 1, 0, 2: mean 1, sd 1, se 1/sqrt(3), t(0.975, 2) = 4.302652729911275
    const p = pairedDifference([
      [3, 4],
      [4, 4],
      [2, 4],
    ])!;
    expect(p).toMatchObject({ n: 3, mean: 1, sd: 1, df: 2 });
    const half = 4.302652729911275 / Math.sqrt(3);
    expect(p.ci![0]).toBeCloseTo(1 - half, 8);
    expect(p.ci![1]).toBeCloseTo(1 + half, 8);
  });

  it('pairedDifference of one pair has no interval, of none is null', () => {
    expect(pairedDifference([[2, 5]])).toEqual({ n: 1, mean: 3, sd: null, se: null, df: null, ci: null });
    expect(pairedDifference([])).toBeNull();
  });
});

describe('compareSurveys with respondents in both waves', () => {
  it('compareSurveys uses a paired t interval when every rater of a tie answered both waves', () => {
    const cmp = compareSurveys(wave({ r1: 3, r2: 4, r3: 2 }), wave({ r1: 4, r2: 4, r3: 4 }));
    const t = cmp.ties[0]!;
    expect(t.method).toBe('paired');
    expect(t.change).toBeCloseTo(1, 12);
    expect(t.df).toBe(2);
    const half = 4.302652729911275 / Math.sqrt(3);
    expect(t.ci95![0]).toBeCloseTo(1 - half, 8);
    expect(t.ci95![1]).toBeCloseTo(1 + half, 8);
    expect(cmp.pairing).toEqual({ checked: true, respondentsInBoth: 3, pairedTies: 1 });
    expect(cmp.warnings.some((w) => w.startsWith('3 respondent ids answered both waves'))).toBe(true);
  });

  it('compareSurveys with some raters in both waves keeps Welch over all and reports the paired and unpaired parts', () => {
    // before r1..r5 = 3, 4, 2, 5, 1 (mean 3, var 2.5); after r1, r2, r3, r6, r7 = 4, 4, 4, 2, 4 (mean 3.6, var 0.8)
    const cmp = compareSurveys(wave({ r1: 3, r2: 4, r3: 2, r4: 5, r5: 1 }), wave({ r1: 4, r2: 4, r3: 4, r6: 2, r7: 4 }));
    const t = cmp.ties[0]!;
    expect(t.method).toBe('mixed');
    expect(t.change).toBeCloseTo(0.6, 12);
    // Welch over all: se = sqrt(2.5/5 + 0.8/5) = sqrt(0.66)
    expect(t.se).toBeCloseTo(Math.sqrt(0.66), 12);
    // paired r1..r3: differences 1, 0, 2 (as above)
    expect(t.paired).toMatchObject({ n: 3, mean: 1, sd: 1, df: 2 });
    // only before {5, 1}: mean 3, var 8; only after {2, 4}: mean 3, var 2
    // Welch: d = 0, se = sqrt(8/2 + 2/2) = sqrt(5), df = 25 / (4²/1 + 1²/1) = 25/17
    expect(t.unpaired!.difference).toBeCloseTo(0, 12);
    expect(t.unpaired!.se).toBeCloseTo(Math.sqrt(5), 12);
    expect(t.unpaired!.df).toBeCloseTo(25 / 17, 12);
    expect(t.unpaired!.ci![1]).toBeCloseTo(tQuantile(0.975, 25 / 17) * Math.sqrt(5), 10);
    expect(cmp.pairing).toEqual({ checked: true, respondentsInBoth: 3, pairedTies: 1 });
  });

  it('compareSurveys with different respondents uses Welch and says no respondent recurs', () => {
    const cmp = compareSurveys(wave({ a: 3, b: 4 }), wave({ c: 4, d: 5 }));
    expect(cmp.ties[0]).toMatchObject({ method: 'welch', paired: null, unpaired: null });
    expect(cmp.pairing).toEqual({ checked: true, respondentsInBoth: 0, pairedTies: 0 });
  });

  it('compareSurveys without individual ratings says the waves were treated as independent', () => {
    const cmp = compareSurveys(wave({ r1: 3, r2: 4 }, false), wave({ r1: 4, r2: 4 }, false));
    expect(cmp.pairing.checked).toBe(false);
    expect(cmp.ties[0]!.method).toBe('welch');
    expect(cmp.warnings.some((w) => w.includes('treated as independent'))).toBe(true);
  });
});

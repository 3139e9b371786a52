import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/scoring/index';
import type { TieScore } from '../../src/scoring/index';
import { all, SurveyBuilder } from './survey-builder';

const tie = (ties: readonly TieScore[], from: string, to: string): TieScore => {
  const t = ties.find((x) => x.from === from && x.to === to);
  if (t === undefined) throw new Error(`no tie ${from} -> ${to}`);
  return t;
};

describe('scoreAnswers individual index and minItems (rule 1)', () => {
  // r1 answers 4 of 7 (rc = 16/4 = 4), r2 answers 3 of 7 (excluded at minItems 4), r3 all 3s (rc 3).
  const s = new SurveyBuilder()
    .rate('r1', 'Lærer', 'PPR', [4, 4, 4, 4, null, null, null])
    .rate('r2', 'Lærer', 'PPR', [1, 1, 1, null, null, null, null])
    .rate('r3', 'Lærer', 'PPR', all(3));

  it('scoreAnswers excludes ratings with fewer than minItems answers and counts them as incomplete', () => {
    const score = scoreAnswers(s.answers, { minRaters: 1 });
    const t = tie(score.ties, 'Lærer', 'PPR');
    // n = 2 valid (r1, r3); rc = (4 + 3) / 2 = 3.5
    expect(t.n).toBe(2);
    expect(t.incomplete).toBe(1);
    expect(score.ratings).toEqual({ valid: 2, incomplete: 1 });
    expect(t.rc).toBeCloseTo(3.5, 12);
  });

  it('scoreAnswers includes a rating with exactly minItems answers (4 of 7 by default)', () => {
    const score = scoreAnswers(s.answers, { minRaters: 1, minItems: 3 });
    // with minItems 3, r2 (rc = 3/3 = 1) counts: rc = (4 + 1 + 3) / 3 = 8/3
    expect(tie(score.ties, 'Lærer', 'PPR').n).toBe(3);
    expect(tie(score.ties, 'Lærer', 'PPR').rc).toBeCloseTo(8 / 3, 12);
  });

  it('scoreAnswers computes sd (n - 1) and a t interval for the tie', () => {
    const t = tie(scoreAnswers(s.answers, { minRaters: 1 }).ties, 'Lærer', 'PPR');
    // deviations ±0.5: sd = sqrt((0.25 + 0.25) / 1) = 0.7071067812
    expect(t.sd).toBeCloseTo(Math.SQRT1_2, 12);
    // half width = t(0.975, 1) · sd / sqrt(2) = 12.7062047362 · 0.5 = 6.3531023681
    expect(t.ci95![0]).toBeCloseTo(3.5 - 6.3531023681, 9);
    expect(t.ci95![1]).toBeCloseTo(3.5 + 6.3531023681, 9);
  });

  it('scoreAnswers averages each dimension over the valid ratings only', () => {
    const t = tie(scoreAnswers(s.answers, { minRaters: 1 }).ties, 'Lærer', 'PPR');
    // frequency: r1 4, r3 3 (r2's 1 is excluded with its rating) -> 3.5; shared_goals: r3 only -> 3
    expect(t.dimensions).toEqual({
      frequency: 3.5,
      timeliness: 3.5,
      accuracy: 3.5,
      problem_solving: 3.5,
      shared_goals: 3,
      shared_knowledge: 3,
      mutual_respect: 3,
    });
    // communication: r1 4, r3 3 -> 3.5; relationship: r1 has none, r3 3 -> 3
    expect(t.subscales).toEqual({ communication: 3.5, relationship: 3 });
  });

  it('scoreAnswers counts missing values (null), not dimensions that were never asked', () => {
    // r1 3 nulls + r2 4 nulls = 7
    expect(scoreAnswers(s.answers).missingAnswers).toBe(7);
    const partial = new SurveyBuilder().rate('x', 'A', 'B', [4, 4, 4, 4, undefined, undefined, undefined]);
    expect(scoreAnswers(partial.answers).missingAnswers).toBe(0);
  });

  it('scoreAnswers averages fractional individual indexes exactly', () => {
    // [3,3,3,4] -> 13/4 = 3.25 and [4,4,4,3] -> 15/4 = 3.75; subscale means 3.25 and 3.75 -> 3.5
    const b = new SurveyBuilder().rate('a', 'A', 'B', [3, 3, 3, 4]).rate('b', 'A', 'B', [4, 4, 4, 3]);
    const t = tie(scoreAnswers(b.answers, { minRaters: 2 }).ties, 'A', 'B');
    expect(t.rc).toBe(3.5);
    expect(t.band).toBe('moderate');
  });
});

describe('scoreAnswers small-n suppression (rule 4)', () => {
  const two = new SurveyBuilder().rate('a', 'A', 'B', all(2)).rate('b', 'A', 'B', all(5));

  it('scoreAnswers suppresses a tie with 2 raters at the default minRaters 3 and shows n only', () => {
    const t = tie(scoreAnswers(two.answers).ties, 'A', 'B');
    expect(t).toEqual({
      from: 'A',
      to: 'B',
      within: false,
      n: 2,
      incomplete: 0,
      suppressed: true,
      rc: null,
      sd: null,
      ci95: null,
      band: null,
      dimensions: {
        frequency: null,
        timeliness: null,
        accuracy: null,
        problem_solving: null,
        shared_goals: null,
        shared_knowledge: null,
        mutual_respect: null,
      },
      subscales: { communication: null, relationship: null },
      rwg: null,
    });
  });

  it('scoreAnswers shows a tie with 3 raters at the default minRaters 3', () => {
    const three = new SurveyBuilder().rate('a', 'A', 'B', all(2)).rate('b', 'A', 'B', all(5)).rate('c', 'A', 'B', all(5));
    const t = tie(scoreAnswers(three.answers).ties, 'A', 'B');
    // rc = (2 + 5 + 5) / 3 = 4; sd = sqrt((4 + 1 + 1) / 2) = sqrt(3)
    expect(t.suppressed).toBe(false);
    expect(t.rc).toBe(4);
    expect(t.sd).toBeCloseTo(Math.sqrt(3), 12);
    // half width = t(0.975, 2) · sqrt(3) / sqrt(3) = 4.3026527297
    expect(t.ci95![1]).toBeCloseTo(4 + 4.3026527297, 9);
  });

  it('scoreAnswers allows minRaters 1: a single rater is shown, without sd and interval', () => {
    const one = new SurveyBuilder().rate('a', 'A', 'B', all(4));
    const t = tie(scoreAnswers(one.answers, { minRaters: 1 }).ties, 'A', 'B');
    expect(t).toMatchObject({ n: 1, suppressed: false, rc: 4, sd: null, ci95: null, band: 'moderate' });
  });

  it('scoreAnswers suppresses a tie whose ratings are all incomplete (n = 0), even at minRaters 1', () => {
    const none = new SurveyBuilder().rate('a', 'A', 'B', [5, 5]);
    const t = tie(scoreAnswers(none.answers, { minRaters: 1 }).ties, 'A', 'B');
    expect(t).toMatchObject({ n: 0, incomplete: 1, suppressed: true, rc: null });
  });
});

describe('scoreAnswers bands via the tie score (rule 3)', () => {
  // Each tie has two raters whose indexes average to the named score.
  const b = new SurveyBuilder()
    .rate('p', 'X', 'weak', all(3))
    .rate('q', 'X', 'weak', [3, 3, 3, 4]) // (3 + 3.25) / 2 = 3.125
    .rate('p', 'X', 'at35', all(3))
    .rate('q', 'X', 'at35', all(4)) // (3 + 4) / 2 = 3.5
    .rate('p', 'X', 'at40', all(4))
    .rate('q', 'X', 'at40', all(4)) // 4.0
    .rate('p', 'X', 'strong', all(4))
    .rate('q', 'X', 'strong', [4, 4, 4, 5]); // (4 + 4.25) / 2 = 4.125
  const ties = scoreAnswers(b.answers, { minRaters: 2 }).ties;

  it.each([
    ['weak', 3.125, 'weak'],
    ['at35', 3.5, 'moderate'],
    ['at40', 4.0, 'moderate'],
    ['strong', 4.125, 'strong'],
  ] as const)('scoreAnswers bands the tie X -> %s (rc %s) as %s', (to, rc, band) => {
    const t = tie(ties, 'X', to);
    expect(t.rc).toBe(rc);
    expect(t.band).toBe(band);
  });

  it('scoreAnswers applies custom band thresholds', () => {
    const custom = scoreAnswers(b.answers, { minRaters: 2, bands: { weakBelow: 3, strongAbove: 3.4 } }).ties;
    expect(tie(custom, 'X', 'at35').band).toBe('strong');
    expect(tie(custom, 'X', 'weak').band).toBe('moderate');
  });
});

describe('scoreAnswers within- and between-role ties (rule 2)', () => {
  const b = new SurveyBuilder().rate('a', 'Lærer', 'Lærer', all(5)).rate('a', 'Lærer', 'Pædagog', all(3));
  const score = scoreAnswers(b.answers, { minRaters: 1 });

  it('scoreAnswers marks A -> A as within and A -> B as between, sorted by (from, to)', () => {
    expect(score.ties.map((t) => [t.from, t.to, t.within])).toEqual([
      ['Lærer', 'Lærer', true],
      ['Lærer', 'Pædagog', false],
    ]);
  });

  it('scoreAnswers leaves within-role ties out of role and network summaries', () => {
    // only the between tie (rc 3) counts
    expect(score.network.rcUnweighted).toBe(3);
    expect(score.roles.find((r) => r.role === 'Lærer')!.given).toBe(3);
    expect(score.roles.find((r) => r.role === 'Lærer')!.received).toBeNull();
  });
});

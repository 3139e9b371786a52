import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import type { IndividualRating } from '../../src/scoring/index';
import { scoreAnswers } from '../../src/scoring/index';
import { icc } from '../../src/stats/index';
import type { IccUnit } from '../../src/stats/index';
import { all, SurveyBuilder } from '../scoring/survey-builder';

const rating = (respondentId: string, from: string, to: string, rc: number | null): IndividualRating => ({
  respondentId,
  from,
  to,
  within: from === to,
  answered: rc === null ? 1 : 7,
  rc,
  values: {},
  subscales: {},
});

describe('icc (Bliese 2000)', () => {
  it('icc computes ICC(1) and ICC(2) of a balanced one-way ANOVA by target', () => {
    // target B: 3, 4, 5 (mean 4); target C: 1, 2, 3 (mean 2); grand mean 3
    // SSB = 3·1² + 3·1² = 6, df 1, MSB = 6; SSW = (1 + 0 + 1) + (1 + 0 + 1) = 4, df 4, MSW = 1; k = 3
    // ICC(1) = (6 - 1) / (6 + 2·1) = 5/8; ICC(2) = (6 - 1) / 6 = 5/6
    const ratings = [
      rating('a', 'A', 'B', 3),
      rating('b', 'A', 'B', 4),
      rating('c', 'D', 'B', 5),
      rating('a', 'A', 'C', 1),
      rating('b', 'A', 'C', 2),
      rating('c', 'D', 'C', 3),
      rating('d', 'D', 'C', null), // incomplete: left out
    ];
    const r = icc(ratings, 'target');
    expect(r).toMatchObject({ unit: 'target', n: 6, k: 3, grandMean: 3, ssBetween: 6, ssWithin: 4, dfBetween: 1, dfWithin: 4, msBetween: 6, msWithin: 1 });
    expect(r.groups).toEqual([
      { key: 'B', size: 3, mean: 4 },
      { key: 'C', size: 3, mean: 2 },
    ]);
    expect(r.icc1).toEqual({ value: 5 / 8, cutoff: 0.05, comparison: '>=', meets: true, usualRange: [0.05, 0.3] });
    expect(r.icc2.value).toBeCloseTo(5 / 6, 14);
    expect(r.icc2.meets).toBe(true);
  });

  it('icc uses the mean group size k = N / G for unbalanced groups', () => {
    // g1: 3, 4, 5 (mean 4); g2: 1, 3 (mean 2); grand mean 16/5 = 3.2; k = 5/2
    // SSB = 3·0.8² + 2·1.2² = 1.92 + 2.88 = 4.8 = MSB; SSW = 2 + 2 = 4, df 3, MSW = 4/3
    // ICC(1) = (4.8 - 4/3) / (4.8 + 1.5 · 4/3) = (52/15) / 6.8 = 0.5098039; ICC(2) = (52/15) / 4.8 = 0.7222222
    const ratings = [rating('a', 'X', 'g1', 3), rating('b', 'X', 'g1', 4), rating('c', 'X', 'g1', 5), rating('d', 'X', 'g2', 1), rating('e', 'X', 'g2', 3)];
    const r = icc(ratings, 'target');
    expect(r.k).toBe(2.5);
    expect(r.icc1.value).toBeCloseTo(52 / 15 / 6.8, 12);
    expect(r.icc2.value).toBeCloseTo(52 / 15 / 4.8, 12);
  });

  it('icc reports a negative ICC as computed (more spread within than between) and null when MSB = 0', () => {
    // g1: 1, 5 (mean 3); g2: 3, 4 (mean 3.5); grand mean 3.25; k = 2
    // SSB = 2·0.25² + 2·0.25² = 0.25 = MSB; SSW = 8 + 0.5 = 8.5, df 2, MSW = 4.25
    // ICC(1) = (0.25 - 4.25) / (0.25 + 4.25) = -4/4.5 = -0.8889; ICC(2) = -4 / 0.25 = -16
    // and g1: 1, 5; g2: 2, 4 have equal means: MSB = 0, both ICCs undefined (null)
    const r = icc([rating('a', 'X', 'g1', 1), rating('b', 'X', 'g1', 5), rating('c', 'X', 'g2', 3), rating('d', 'X', 'g2', 4)], 'target');
    expect(r.icc1.value).toBeCloseTo(-4 / 4.5, 12);
    expect(r.icc1.meets).toBe(false);
    expect(r.icc2.value).toBeCloseTo(-16, 12);
    const flat = icc([rating('a', 'X', 'g1', 1), rating('b', 'X', 'g1', 5), rating('c', 'X', 'g2', 2), rating('d', 'X', 'g2', 4)], 'target');
    expect(flat.msBetween).toBe(0);
    expect(flat.icc1).toMatchObject({ value: null, meets: null });
  });

  it('icc is null with a single group', () => {
    const r = icc([rating('a', 'X', 'B', 3), rating('b', 'X', 'B', 4)], 'target');
    expect(r).toMatchObject({ dfBetween: 0, msBetween: null, icc1: { value: null }, icc2: { value: null } });
  });

  it('icc groups individual ratings from scoreAnswers by rater role, pair or a custom key', () => {
    const b = new SurveyBuilder()
      .rate('a1', 'A', 'B', all(4))
      .rate('a2', 'A', 'B', all(5))
      .rate('a1', 'A', 'C', all(2))
      .rate('c1', 'C', 'B', all(3))
      .rate('c2', 'C', 'B', [1, 1]); // incomplete, left out
    const { individualRatings } = scoreAnswers(b.answers, { includeRatings: true });
    const keys = (unit: IccUnit): string[] => icc(individualRatings, unit).groups.map((g) => `${g.key}:${g.size}`);
    expect(keys('rater')).toEqual(['A:3', 'C:1']);
    expect(keys('target')).toEqual(['B:3', 'C:1']);
    expect(keys('pair')).toEqual(['A -> B:2', 'A -> C:1', 'C -> B:1']);
    const site = (r: IndividualRating): string | null => (r.respondentId === 'a1' ? 'north' : r.respondentId === 'c1' ? null : 'south');
    expect(keys(site)).toEqual(['north:2', 'south:1']);
    expect(icc(individualRatings, site).unit).toBe('custom');
  });

  it('icc rejects an unknown unit', () => {
    expect(() => icc([], 'site' as IccUnit)).toThrow(OptionsError);
  });
});

describe('score.reliability.icc', () => {
  // ties (minRaters 2): A -> B: 3, 4, 5 (mean 4); A -> C: 1, 2, 3 (mean 2); C -> C (within): 5, 5
  // by pair: groups 4, 2, 5 (n 3, 3, 2), grand mean 28/8 = 3.5; SSB = 3·0.25 + 3·2.25 + 2·2.25 = 12,
  //   df 2, MSB = 6; SSW = 2 + 2 + 0 = 4, df 5, MSW = 0.8; k = 8/3;
  //   ICC(1) = 5.2 / (6 + 5/3 · 0.8) = 5.2 / (22/3); ICC(2) = 5.2 / 6
  // by target (between-role only): B {3, 4, 5}, C {1, 2, 3}: the example of the first test, 5/8 and 5/6
  const b = new SurveyBuilder()
    .rate('a1', 'A', 'B', all(3))
    .rate('a2', 'A', 'B', all(4))
    .rate('a3', 'A', 'B', all(5))
    .rate('a1', 'A', 'C', all(1))
    .rate('a2', 'A', 'C', all(2))
    .rate('a3', 'A', 'C', all(3))
    .rate('c1', 'C', 'C', all(5))
    .rate('c2', 'C', 'C', all(5))
    .rate('x1', 'X', 'B', all(1)); // suppressed (n = 1 < 2): left out
  const s = scoreAnswers(b.answers, { minRaters: 2, includeRatings: true });

  it('scoreAnswers reports ICC by pair from its exact sums, checked by hand', () => {
    const p = s.reliability.icc.pair;
    expect(p.groups.map((g) => `${g.key}:${g.size}`)).toEqual(['A -> B:3', 'A -> C:3', 'C -> C:2']);
    expect(p.msBetween).toBeCloseTo(6, 12);
    expect(p.msWithin).toBeCloseTo(0.8, 12);
    expect(p.icc1.value).toBeCloseTo(5.2 / (22 / 3), 12);
    expect(p.icc2.value).toBeCloseTo(5.2 / 6, 12);
  });

  it('scoreAnswers reports ICC by rated role over between-role ratings, checked by hand', () => {
    const t = s.reliability.icc.target;
    expect(t.groups.map((g) => `${g.key}:${g.size}`)).toEqual(['B:3', 'C:3']);
    expect(t.icc1.value).toBeCloseTo(5 / 8, 12);
    expect(t.icc2.value).toBeCloseTo(5 / 6, 12);
  });

  it('score.reliability.icc equals icc() over the kept individual ratings', () => {
    const kept = s.individualRatings.filter((r) => r.rc !== null && !(r.from === 'X'));
    expect(s.reliability.icc.pair.icc1.value).toBeCloseTo(icc(kept, 'pair').icc1.value!, 12);
    expect(s.reliability.icc.target.icc2.value).toBeCloseTo(icc(kept.filter((r) => !r.within), 'target').icc2.value!, 12);
  });
});

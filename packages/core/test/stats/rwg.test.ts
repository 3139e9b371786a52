import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { scoreAnswers } from '../../src/scoring/index';
import { fraction, rwgJ, rwgJExact, uniformNullVariance } from '../../src/stats/index';
import { all, SurveyBuilder } from '../scoring/survey-builder';

describe('uniformNullVariance', () => {
  it.each([
    [5, 2], // (25 - 1) / 12
    [7, 4], // (49 - 1) / 12
    [2, 0.25], // (4 - 1) / 12
  ])('uniformNullVariance(%d) = %d', (a, expected) => {
    expect(uniformNullVariance(a)).toBe(expected);
  });

  it('uniformNullVariance rejects fewer than 2 options', () => {
    expect(() => uniformNullVariance(1)).toThrow(OptionsError);
  });
});

describe('rwgJ (James, Demaree & Wolf 1984)', () => {
  it('rwgJ follows J(1 - s²/σ²) / (J(1 - s²/σ²) + s²/σ²)', () => {
    // s² = (0.5 + 1 + 0.5) / 3 = 2/3, ratio = 1/3, rwg = 3 · 2/3 / (3 · 2/3 + 1/3) = 2 / (7/3) = 6/7
    const r = rwgJ([0.5, 1, 0.5], 2);
    expect(r.value).toBeCloseTo(6 / 7, 14);
    expect(r).toMatchObject({ truncated: false, items: 3, expectedVariance: 2, cutoff: 0.7, comparison: '>', meets: true });
    expect(r.meanItemVariance).toBeCloseTo(2 / 3, 14);
    expect(r.raw).toBe(r.value);
  });

  it('rwgJ is 1 without variance and 0 when the variance equals the null variance', () => {
    expect(rwgJ([0, 0], 2).value).toBe(1);
    // ratio 1: J · 0 / (0 + 1) = 0, not truncated
    expect(rwgJ([2, 2, 2], 2)).toMatchObject({ value: 0, raw: 0, truncated: false, meets: false });
  });

  it('rwgJ sets values with s² > σ²_E to 0, flags them, and keeps the raw formula value', () => {
    // s² = 3, ratio 1.5, J = 2: 2 · (-0.5) / (2 · (-0.5) + 1.5) = -1 / 0.5 = -2
    expect(rwgJ([3, 3], 2)).toMatchObject({ value: 0, raw: -2, truncated: true, meets: false });
    // ratio J/(J-1) = 2 with J = 2: denominator 0, raw undefined
    expect(rwgJ([4, 4], 2)).toMatchObject({ value: 0, raw: null, truncated: true });
  });

  it('rwgJ rejects no items, negative variances and a non-positive null variance', () => {
    expect(() => rwgJ([], 2)).toThrow(OptionsError);
    expect(() => rwgJ([-1], 2)).toThrow(OptionsError);
    expect(() => rwgJ([1], 0)).toThrow(OptionsError);
  });
});

describe('TieScore.rwg', () => {
  // A -> B: raters all 3s, all 4s, all 5s: every dimension has variance 1, s² = 1, ratio 1/2,
  //   rwg = 7 · 0.5 / (7 · 0.5 + 0.5) = 3.5 / 4 = 0.875
  // A -> C: raters all 1s, all 5s, all 1s: variance ((4/3)² + (8/3)² + (4/3)²) / 2 = 96/18 = 16/3,
  //   ratio 8/3 > 1: truncated; raw = 7(1 - 8/3) / (7(1 - 8/3) + 8/3) = (-35/3) / (-27/3) = 35/27
  // A -> D: only frequency has 2+ answers (3, 5: variance 2): J = 1, ratio 1, rwg 0
  const b = new SurveyBuilder()
    .rate('x', 'A', 'B', all(3))
    .rate('y', 'A', 'B', all(4))
    .rate('z', 'A', 'B', all(5))
    .rate('x', 'A', 'C', all(1))
    .rate('y', 'A', 'C', all(5))
    .rate('z', 'A', 'C', all(1))
    .rate('x', 'A', 'D', [3, 4, 4, 4])
    .rate('y', 'A', 'D', [5, null, null, null, 4, 4, 4]);
  const score = scoreAnswers(b.answers, { minRaters: 2 });
  const rwgOf = (to: string) => score.ties.find((t) => t.to === to)!.rwg;

  it('scoreAnswers reports rwg(J) per tie over the dimensions, with the cut-off', () => {
    expect(rwgOf('B')!.value).toBeCloseTo(0.875, 14);
    expect(rwgOf('B')).toMatchObject({ items: 7, meanItemVariance: 1, expectedVariance: 2, meets: true });
  });

  it('scoreAnswers flags a tie whose raters disagree more than chance instead of hiding it', () => {
    expect(rwgOf('C')).toMatchObject({ value: 0, truncated: true, meets: false });
    expect(rwgOf('C')!.raw).toBeCloseTo(35 / 27, 12);
  });

  it('scoreAnswers uses only dimensions answered by at least 2 valid raters', () => {
    expect(rwgOf('D')).toMatchObject({ items: 1, meanItemVariance: 2, value: 0 });
  });

  it('scoreAnswers gives no rwg for suppressed ties or a single rater', () => {
    const one = scoreAnswers(new SurveyBuilder().rate('x', 'A', 'B', all(4)).answers, { minRaters: 1 });
    expect(one.ties[0]!.rwg).toBeNull();
    // minRaters 4 suppresses every tie here (n = 3, 3, 2)
    expect(scoreAnswers(b.answers, { minRaters: 4 }).ties.every((t) => t.suppressed && t.rwg === null)).toBe(true);
  });
});

describe('rwgJExact (exact rational arithmetic)', () => {
  const f = (n: number, d = 1): ReturnType<typeof fraction> => fraction(BigInt(n), BigInt(d));

  it('rwgJExact gives raw null when the denominator is exactly 0 (J = 7, s² = 7/3, σ²_E = 2)', () => {
    // s²/σ²_E = 7/6 = J/(J - 1): J(1 - 7/6) + 7/6 = -7/6 + 7/6 = 0
    const r = rwgJExact(Array.from({ length: 7 }, () => f(7, 3)), f(2));
    expect(r).toMatchObject({ value: 0, raw: null, truncated: true, items: 7, expectedVariance: 2, meets: false });
    expect(r.meanItemVariance).toBeCloseTo(7 / 3, 15);
  });

  it('rwgJ in floating point misses that zero (why the scorer uses rwgJExact)', () => {
    expect(rwgJ(Array.from({ length: 7 }, () => 7 / 3), 2).raw).not.toBeNull();
  });

  it('rwgJExact agrees with rwgJ away from the zero denominator', () => {
    expect(rwgJExact([f(1, 2), f(1), f(1, 2)], f(2)).value).toBeCloseTo(6 / 7, 15);
    expect(rwgJExact([f(3), f(3)], f(2))).toMatchObject({ value: 0, raw: -2, truncated: true });
    expect(rwgJExact([f(2), f(2), f(2)], f(2))).toMatchObject({ value: 0, raw: 0, truncated: false });
  });

  it('rwgJExact rejects no items and a non-positive null variance', () => {
    expect(() => rwgJExact([], f(2))).toThrow(OptionsError);
    expect(() => rwgJExact([f(1)], f(0))).toThrow(OptionsError);
  });

  it('scoreAnswers: three raters answering all 1, all 2, all 4 give every dimension variance 7/3 and raw null', () => {
    // values 1, 2, 4: mean 7/3, squared deviations 16/9 + 1/9 + 25/9 = 42/9, / (3 - 1) = 7/3
    const s = scoreAnswers(new SurveyBuilder().rate('x', 'A', 'B', all(1)).rate('y', 'A', 'B', all(2)).rate('z', 'A', 'B', all(4)).answers, {
      minRaters: 3,
    });
    expect(s.ties[0]!.rwg).toMatchObject({ raw: null, value: 0, truncated: true, items: 7 });
  });
});

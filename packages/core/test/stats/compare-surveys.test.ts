import { describe, expect, it } from 'vitest';
import { RELATIONAL_CAPACITY } from '../../src/dimensions/index';
import { OptionsError } from '../../src/errors/index';
import type { SurveyScore, TieScore } from '../../src/scoring/index';
import { scoreAnswers } from '../../src/scoring/index';
import { compareSurveys, iccFromGroups } from '../../src/stats/index';
import { all, SurveyBuilder } from '../scoring/survey-builder';

/** A SurveyScore with just the fields compareSurveys reads (plain data, as parsed from --json). */
const wave = (ties: Partial<TieScore>[], network: { u: number | null; w: number | null }, minRaters = 3): SurveyScore => ({
  schemaVersion: 1,
  dimensionSet: 'relational_coordination',
  options: { minItems: 4, minRaters, bands: { weakBelow: 3.5, strongAbove: 4 }, confidence: 0.95, mode: 'strict' },
  respondents: 0,
  ratings: { valid: 0, incomplete: 0 },
  missingAnswers: 0,
  ties: ties.map((t) => ({
    from: 'A',
    to: 'B',
    within: false,
    n: 0,
    incomplete: 0,
    suppressed: false,
    rc: null,
    sd: null,
    ci95: null,
    band: null,
    dimensions: {},
    subscales: {},
    rwg: null,
    ...t,
  })),
  roles: [],
  network: { rcUnweighted: network.u, rcWeighted: network.w, betweenRoleTies: 0, suppressedTies: 0, weightedRatings: 0 },
  asymmetry: [],
  reliability: { cronbachAlpha: null, cases: 0, items: 7, icc: { pair: iccFromGroups('pair', []), target: iccFromGroups('target', []) } },
  issues: [],
});

describe('compareSurveys', () => {
  const before = wave(
    [
      { from: 'A', to: 'B', n: 4, rc: 3.2, sd: 0.5 },
      { from: 'A', to: 'C', n: 3, rc: 4, sd: 0.1 },
      { from: 'B', to: 'A', n: 2, suppressed: true },
      { from: 'C', to: 'A', n: 5, rc: 3, sd: 1 },
      { from: 'D', to: 'A', n: 1, suppressed: true },
    ],
    { u: 3.4, w: 3.3 },
  );
  const after = wave(
    [
      { from: 'A', to: 'B', n: 5, rc: 3.9, sd: 0.6 },
      { from: 'A', to: 'D', n: 3, rc: 4.5, sd: 0.5 },
      { from: 'B', to: 'A', n: 3, rc: 3.5, sd: 0.5 },
      { from: 'C', to: 'A', n: 2, suppressed: true },
      { from: 'D', to: 'A', n: 2, suppressed: true },
    ],
    { u: 3.9, w: null },
  );
  const cmp = compareSurveys(before, after);

  it('compareSurveys gives the change of a tie shown in both waves with its Welch interval', () => {
    // see welch.test.ts: 0.7, se 0.3667424, df 6.9629214, CI [-0.168145, 1.568145]
    const t = cmp.ties[0]!;
    expect(t).toMatchObject({ from: 'A', to: 'B', status: 'both', before: { n: 4, rc: 3.2, sd: 0.5 }, after: { n: 5, rc: 3.9 } });
    expect(t.change).toBeCloseTo(0.7, 12);
    expect(t.df).toBeCloseTo(6.9629214, 6);
    expect(t.ci95![0]).toBeCloseTo(-0.168145, 6);
    expect(t.ci95![1]).toBeCloseTo(1.568145, 6);
  });

  it('compareSurveys lists ties that appeared, vanished, or changed suppression, without scores', () => {
    expect(cmp.ties.map((t) => [t.from, t.to, t.status, t.change])).toEqual([
      ['A', 'B', 'both', expect.any(Number)],
      ['A', 'C', 'vanished', null],
      ['A', 'D', 'appeared', null],
      ['B', 'A', 'became_unsuppressed', null],
      ['C', 'A', 'became_suppressed', null],
      ['D', 'A', 'suppressed_both', null],
    ]);
    expect(cmp.counts).toEqual({ both: 1, appeared: 1, vanished: 1, became_suppressed: 1, became_unsuppressed: 1, suppressed_both: 1 });
  });

  it('compareSurveys gives the network change for both means', () => {
    // 3.9 - 3.4 = 0.5; the weighted mean is missing after, so no change
    expect(cmp.network.rcUnweighted.change).toBeCloseTo(0.5, 12);
    expect(cmp.network.rcWeighted).toEqual({ before: 3.3, after: null, change: null });
  });

  it('compareSurveys warns when the waves used different minRaters', () => {
    const independent = 'respondent ids were not compared (no individual ratings): the waves are treated as independent samples';
    expect(cmp.warnings).toEqual([independent]);
    const other = compareSurveys(before, wave([], { u: null, w: null }, 5));
    expect(other.warnings).toEqual(['minRaters differs between the waves (3 before, 5 after)', independent]);
  });

  it('compareSurveys refuses waves scored with different dimension sets', () => {
    expect(() => compareSurveys(before, { ...after, dimensionSet: 'relational_capacity' })).toThrow(OptionsError);
  });

  it('compareSurveys works on two scored waves end to end', () => {
    const w1 = new SurveyBuilder().rate('a', 'A', 'B', all(3)).rate('b', 'A', 'B', all(3)).rate('c', 'A', 'B', all(4));
    const w2 = new SurveyBuilder().rate('a', 'A', 'B', all(4)).rate('b', 'A', 'B', all(5)).rate('c', 'A', 'B', all(4));
    const c = compareSurveys(scoreAnswers(w1.answers), scoreAnswers(w2.answers));
    // before 10/3, after 13/3: change 1; both sd sqrt(1/3), se = sqrt(2/9), df = 4
    expect(c.ties[0]!.change).toBeCloseTo(1, 12);
    expect(c.ties[0]!.df).toBeCloseTo(4, 12);
    // t(0.975, 4) = 2.77644511 (table)
    expect(c.ties[0]!.ci95![0]).toBeCloseTo(1 - 2.77644511 * Math.sqrt(2 / 9), 7);
    expect(c.network.rcWeighted.change).toBeCloseTo(1, 12);
    expect(() => compareSurveys(scoreAnswers(w1.answers), scoreAnswers([], { dimensionSet: RELATIONAL_CAPACITY }))).toThrow(OptionsError);
  });
});

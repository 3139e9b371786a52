import { describe, expect, it } from 'vitest';
import { CITIZEN_EXPERIENCE, RELATIONAL_CAPACITY } from '../../src/dimensions/index';
import type { DimensionSet } from '../../src/dimensions/index';
import { SurveyFormatError } from '../../src/errors/index';
import { scoreAnswers } from '../../src/scoring/index';
import { SurveyBuilder } from './survey-builder';

const keys = (set: DimensionSet): string[] => set.dimensions.map((d) => d.key);

describe('scoreAnswers with the relational_capacity set', () => {
  // 5 items, default minItems 3. p1 answers 3 (rc (4+4+5)/3 = 13/3), p2 answers 2 (incomplete),
  // p3 answers all five 3s (rc 3).
  const b = new SurveyBuilder(keys(RELATIONAL_CAPACITY))
    .rate('p1', 'Lærer', 'PPR', [4, 4, 5, null, null])
    .rate('p2', 'Lærer', 'PPR', [1, 1, null, null, null])
    .rate('p3', 'Lærer', 'PPR', [3, 3, 3, 3, 3]);
  const score = scoreAnswers(b.answers, { dimensionSet: RELATIONAL_CAPACITY, minRaters: 1 });

  it('scoreAnswers defaults minItems to the set (3 of 5) and names the set', () => {
    expect(score.dimensionSet).toBe('relational_capacity');
    expect(score.options.minItems).toBe(3);
    expect(score.ratings).toEqual({ valid: 2, incomplete: 1 });
  });

  it('scoreAnswers scores relational capacity with the same engine', () => {
    const t = score.ties[0]!;
    // (13/3 + 3) / 2 = 11/3
    expect(t.rc).toBeCloseTo(11 / 3, 12);
    expect(t.band).toBe('moderate');
    // one group: the subscale equals the individual indexes' mean
    expect(t.subscales).toEqual({ capacity: t.rc });
    expect(Object.keys(t.dimensions)).toEqual(keys(RELATIONAL_CAPACITY));
    // task_knowledge: (4 + 3) / 2; joint_problem_solving: p3 only
    expect(t.dimensions.task_knowledge).toBe(3.5);
    expect(t.dimensions.joint_problem_solving).toBe(3);
  });

  it('scoreAnswers rejects an RC dimension under the relational_capacity set', () => {
    const rc = new SurveyBuilder().rate('x', 'A', 'B', [4]);
    expect(() => scoreAnswers(rc.answers, { dimensionSet: RELATIONAL_CAPACITY })).toThrow(SurveyFormatError);
  });
});

describe('scoreAnswers with the citizen_experience set', () => {
  it('scoreAnswers scores a parent rating the whole network', () => {
    // three parents rate "Netværket": 5s, 4s, and [3,3,3,null,null] (rc 3): (5 + 4 + 3) / 3 = 4
    const b = new SurveyBuilder(keys(CITIZEN_EXPERIENCE))
      .rate('f1', 'Forælder', 'Netværket', [5, 5, 5, 5, 5])
      .rate('f2', 'Forælder', 'Netværket', [4, 4, 4, 4, 4])
      .rate('f3', 'Forælder', 'Netværket', [3, 3, 3, null, null]);
    const score = scoreAnswers(b.answers, { dimensionSet: CITIZEN_EXPERIENCE });
    expect(score.ties[0]).toMatchObject({ from: 'Forælder', to: 'Netværket', n: 3, rc: 4, band: 'moderate' });
    expect(score.ties[0]!.subscales).toEqual({ experience: 4 });
    // understandable_language: (5 + 4) / 2
    expect(score.ties[0]!.dimensions.understandable_language).toBe(4.5);
  });
});

describe('scoreAnswers with a user-defined set', () => {
  const seven = { min: 1, max: 7, points: [] };
  const dim = (key: string, group: string) => ({
    key,
    aliases: [],
    group,
    labels: { da: key, en: key },
    description: { da: key, en: key },
    scale: seven,
  });
  const TEAM: DimensionSet = {
    key: 'team_climate',
    labels: { da: 'Teamklima', en: 'Team climate' },
    groups: [
      { key: 'safety', labels: { da: 'Tryghed', en: 'Safety' } },
      { key: 'voice', labels: { da: 'Stemme', en: 'Voice' } },
    ],
    dimensions: [dim('trust', 'safety'), dim('support', 'safety'), dim('speak_up', 'voice'), dim('heard', 'voice')],
    defaultMinItems: 2,
    citation: 'test set',
  };

  it('scoreAnswers scores a user-defined set on its own 1..7 scale with its own groups', () => {
    const b = new SurveyBuilder(keys(TEAM)).rate('u', 'A', 'B', [7, 5, 6, null]).rate('v', 'A', 'B', [1, null, null, null]);
    const score = scoreAnswers(b.answers, { dimensionSet: TEAM, minRaters: 1 });
    // u: (7 + 5 + 6) / 3 = 6; v has 1 answer < minItems 2
    expect(score.ties[0]).toMatchObject({ n: 1, incomplete: 1, rc: 6 });
    // safety: (7 + 5) / 2 = 6, voice: 6 / 1
    expect(score.ties[0]!.subscales).toEqual({ safety: 6, voice: 6 });
  });

  it('scoreAnswers rejects a value above the set scale (8 on 1..7)', () => {
    const b = new SurveyBuilder(keys(TEAM)).rate('u', 'A', 'B', [8]);
    expect(() => scoreAnswers(b.answers, { dimensionSet: TEAM })).toThrow(/1\.\.7/);
  });

  it('scoreAnswers rejects a set whose dimension names an unknown group', () => {
    const broken = { ...TEAM, dimensions: [dim('x', 'nope')] };
    expect(() => scoreAnswers([], { dimensionSet: broken })).toThrow(/group/);
  });
});

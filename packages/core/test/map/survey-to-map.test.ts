import { describe, expect, it } from 'vitest';
import { MapValidationError } from '../../src/errors/index';
import type { ScoredSurveyLike } from '../../src/map/index';
import { surveyToMap, validateMap } from '../../src/map/index';

const nulls = { frequency: null, timeliness: null, accuracy: null, problem_solving: null, shared_goals: null, shared_knowledge: null, mutual_respect: null };

const SCORE: ScoredSurveyLike = {
  dimensionSet: 'relational_coordination',
  roles: ['Lærer', 'PPR-psykolog', 'Skolesekretær', 'Tandplejer'],
  ties: [
    { from: 'Lærer', to: 'PPR-psykolog', within: false, n: 4, suppressed: false, rc: 3.5, dimensions: { ...nulls, frequency: 3.25, accuracy: 3.75 } },
    { from: 'PPR-psykolog', to: 'Lærer', within: false, n: 2, suppressed: true, rc: null, dimensions: nulls },
    { from: 'Lærer', to: 'Lærer', within: true, n: 5, suppressed: false, rc: 4.2, dimensions: { ...nulls, mutual_respect: 4.6 } },
    { from: 'Skolesekretær', to: 'Lærer', within: false, n: 3, suppressed: false, rc: 4.0, dimensions: { ...nulls, shared_goals: 4 } },
  ],
};

describe('surveyToMap', () => {
  const map = surveyToMap(SCORE, { title: 'Skole', round: '2026-03' });

  it('makes a role network with one professional actor per role, matched to the catalogue', () => {
    expect(map).toMatchObject({ schemaVersion: 2, type: 'roles', title: 'Skole', round: '2026-03' });
    expect(map.actors).toEqual([
      { id: 'Lærer', label: 'Lærer', kind: 'professional', profession: 'lærer' },
      { id: 'PPR-psykolog', label: 'PPR-psykolog', kind: 'professional', profession: 'psykolog' },
      { id: 'Skolesekretær', label: 'Skolesekretær', kind: 'professional' },
      { id: 'Tandplejer', label: 'Tandplejer', kind: 'professional', profession: 'tandplejer' },
    ]);
  });

  it('turns each tie into a directed rated relation with the non-null dimension means', () => {
    expect(map.relations[0]).toEqual({
      id: 't1',
      source: 'Lærer',
      target: 'PPR-psykolog',
      directed: true,
      kind: 'rated',
      ratings: { frequency: 3.25, accuracy: 3.75 },
      rc: 3.5,
      n: 4,
      suppressed: false,
      dimensionSet: 'relational_coordination',
    });
  });

  it('keeps a suppressed tie without scores and a within-role tie as a self-loop', () => {
    expect(map.relations[1]).toMatchObject({ ratings: {}, n: 2, suppressed: true });
    expect(map.relations[1]).not.toHaveProperty('rc');
    expect(map.relations[2]).toMatchObject({ source: 'Lærer', target: 'Lærer', rc: 4.2 });
  });

  it('never carries scores on a suppressed tie even if the input has them', () => {
    const leaky: ScoredSurveyLike = {
      dimensionSet: 'relational_coordination',
      ties: [{ from: 'A', to: 'B', within: false, n: 1, suppressed: true, rc: 2, dimensions: { frequency: 2 } }],
    };
    const m = surveyToMap(leaky);
    expect(m.relations[0]).toMatchObject({ ratings: {}, suppressed: true });
    expect(m.relations[0]).not.toHaveProperty('rc');
    expect(m.title).toBe('Role network');
  });

  it('produces a valid map', () => {
    expect(validateMap(JSON.parse(JSON.stringify(map)))).toEqual(map);
  });

  it('rejects scores outside the scale instead of clamping them', () => {
    const bad: ScoredSurveyLike = {
      dimensionSet: 'relational_coordination',
      ties: [{ from: 'A', to: 'B', within: false, n: 3, suppressed: false, rc: 6, dimensions: {} }],
    };
    expect(() => surveyToMap(bad)).toThrow(MapValidationError);
  });
});

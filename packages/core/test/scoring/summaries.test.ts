import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/scoring/index';
import { all, SurveyBuilder } from './survey-builder';

// Every rater answers all seven dimensions with one value, so each individual index is that value.
// minRaters 2.
//   A -> B: a1 4, a2 5        -> 4.5 (n 2)
//   A -> C: a1 3, a2 3, a3 3  -> 3   (n 3)
//   B -> A: b1 2, b2 4        -> 3   (n 2)
//   B -> C: b1 5              -> suppressed (n 1)
//   C -> A: c1 4, c2 4, c3 5, c4 5 -> 4.5 (n 4)
//   A -> A: a1 5, a2 5        -> 5 (within-role)
const b = new SurveyBuilder()
  .rate('a1', 'A', 'B', all(4))
  .rate('a2', 'A', 'B', all(5))
  .rate('a1', 'A', 'C', all(3))
  .rate('a2', 'A', 'C', all(3))
  .rate('a3', 'A', 'C', all(3))
  .rate('b1', 'B', 'A', all(2))
  .rate('b2', 'B', 'A', all(4))
  .rate('b1', 'B', 'C', all(5))
  .rate('c1', 'C', 'A', all(4))
  .rate('c2', 'C', 'A', all(4))
  .rate('c3', 'C', 'A', all(5))
  .rate('c4', 'C', 'A', all(5))
  .rate('a1', 'A', 'A', all(5))
  .rate('a2', 'A', 'A', all(5));
const score = scoreAnswers(b.answers, { minRaters: 2 });

describe('scoreAnswers role summaries (rule 5)', () => {
  it('scoreAnswers averages the non-suppressed outgoing and incoming between-role ties per role', () => {
    expect(score.roles).toEqual([
      // given A = (4.5 + 3) / 2 = 3.75; received A = (B->A 3 + C->A 4.5) / 2 = 3.75
      { role: 'A', respondents: 3, given: 3.75, givenTies: 2, received: 3.75, receivedTies: 2 },
      // given B = B->A 3 (B->C suppressed); received B = A->B 4.5
      { role: 'B', respondents: 2, given: 3, givenTies: 1, received: 4.5, receivedTies: 1 },
      // given C = C->A 4.5; received C = A->C 3 (B->C suppressed)
      { role: 'C', respondents: 4, given: 4.5, givenTies: 1, received: 3, receivedTies: 1 },
    ]);
  });

  it('scoreAnswers counts respondents overall and per role', () => {
    expect(score.respondents).toBe(9);
  });
});

describe('scoreAnswers network RC (rule 5)', () => {
  it('scoreAnswers gives the unweighted mean over non-suppressed between-role ties', () => {
    // (4.5 + 3 + 3 + 4.5) / 4 = 3.75
    expect(score.network.rcUnweighted).toBe(3.75);
  });

  it('scoreAnswers gives the respondent-weighted mean without the suppressed tie', () => {
    // (4 + 5) + (3 + 3 + 3) + (2 + 4) + (4 + 4 + 5 + 5) = 42 over 11 ratings = 3.8181...
    // (counting the suppressed B -> C rating 5 would give 47 / 12 = 3.9167)
    expect(score.network.rcWeighted).toBeCloseTo(42 / 11, 12);
    expect(score.network).toMatchObject({ betweenRoleTies: 5, suppressedTies: 1, weightedRatings: 11 });
  });

  it('scoreAnswers has null network means when every between-role tie is suppressed', () => {
    const lone = scoreAnswers(new SurveyBuilder().rate('x', 'A', 'B', all(4)).answers);
    expect(lone.network).toEqual({ rcUnweighted: null, rcWeighted: null, betweenRoleTies: 1, suppressedTies: 1, weightedRatings: 0 });
  });
});

describe('scoreAnswers asymmetry (rule 6)', () => {
  it('scoreAnswers reports rc(a -> b) - rc(b -> a) per unordered pair with both directions shown', () => {
    expect(score.asymmetry).toEqual([
      // A -> B 4.5, B -> A 3: A rates B higher than B rates A
      { a: 'A', b: 'B', aToB: 4.5, bToA: 3, difference: 1.5 },
      // A -> C 3, C -> A 4.5
      { a: 'A', b: 'C', aToB: 3, bToA: 4.5, difference: -1.5 },
      // {B, C}: B -> C suppressed and C -> B absent: not listed
    ]);
  });
});

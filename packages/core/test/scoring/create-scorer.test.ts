import { describe, expect, it } from 'vitest';
import { createScorer, DEFAULT_SCORE_OPTIONS, scoreAnswers } from '../../src/scoring/index';
import { all, SurveyBuilder } from './survey-builder';

describe('createScorer streaming', () => {
  it('createScorer gives the same result as scoreAnswers, and finish can be called again after more answers', () => {
    const b = new SurveyBuilder().rate('a', 'A', 'B', all(3)).rate('b', 'A', 'B', all(4));
    const scorer = createScorer({ minRaters: 1 });
    for (const a of b.answers) scorer.add(a);
    const first = scorer.finish();
    expect(first).toEqual(scoreAnswers(b.answers, { minRaters: 1 }));
    expect(first.ties[0]!.rc).toBe(3.5);
    const more = new SurveyBuilder().rate('c', 'A', 'B', all(5));
    for (const a of more.answers) scorer.add(a);
    // (3 + 4 + 5) / 3 = 4
    expect(scorer.finish().ties[0]!.rc).toBe(4);
    expect(first.ties[0]!.rc).toBe(3.5);
  });

  it('createScorer combines answers of one rating that arrive far apart (wide or shuffled files)', () => {
    const b = new SurveyBuilder();
    b.rate('a', 'A', 'B', [4, 4]);
    b.rate('z', 'A', 'C', all(2));
    b.rate('a', 'A', 'B', [undefined, undefined, 4, 4]);
    const score = scoreAnswers(b.answers, { minRaters: 1 });
    expect(score.ties.map((t) => [t.to, t.n, t.rc])).toEqual([
      ['B', 1, 4],
      ['C', 1, 2],
    ]);
  });

  it('createScorer reports the effective options in the result', () => {
    const score = createScorer({ minRaters: 5 }).finish();
    expect(score.options).toEqual({
      minItems: 4,
      minRaters: 5,
      bands: DEFAULT_SCORE_OPTIONS.bands,
      confidence: 0.95,
      mode: 'strict',
    });
    expect(score).toMatchObject({ schemaVersion: 1, respondents: 0, ties: [], roles: [], asymmetry: [], issues: [] });
  });

  it('createScorer treats options given as undefined as unset', () => {
    const score = createScorer({ mode: undefined, minItems: undefined, minRaters: 2 }).finish();
    expect(score.options).toMatchObject({ mode: 'strict', minItems: 4, minRaters: 2 });
  });

  it('createScorer returns plain JSON data that survives a round trip', () => {
    const b = new SurveyBuilder().rate('a', 'A', 'B', all(3)).rate('b', 'A', 'B', [4, 4, 4, 4, null]);
    const score = scoreAnswers(b.answers, { minRaters: 2 });
    expect(JSON.parse(JSON.stringify(score))).toEqual(score);
  });
});

describe('finish({ includeRatings: true })', () => {
  it('finish lists every individual rating with its values, index and subscales', () => {
    const b = new SurveyBuilder().rate('a', 'A', 'B', [5, 4, 4, 3, 2, null]).rate('b', 'A', 'A', [1, 1]);
    const scorer = createScorer();
    for (const x of b.answers) scorer.add(x);
    expect(scorer.finish()).not.toHaveProperty('individualRatings');
    const { individualRatings } = scorer.finish({ includeRatings: true });
    expect(individualRatings).toEqual([
      {
        respondentId: 'a',
        from: 'A',
        to: 'B',
        within: false,
        answered: 5,
        // (5 + 4 + 4 + 3 + 2) / 5 = 3.6; communication (5+4+4+3)/4 = 4; relationship 2/1
        rc: 3.6,
        values: { frequency: 5, timeliness: 4, accuracy: 4, problem_solving: 3, shared_goals: 2, shared_knowledge: null, mutual_respect: null },
        subscales: { communication: 4, relationship: 2 },
      },
      {
        respondentId: 'b',
        from: 'A',
        to: 'A',
        within: true,
        answered: 2,
        rc: null,
        values: { frequency: 1, timeliness: 1, accuracy: null, problem_solving: null, shared_goals: null, shared_knowledge: null, mutual_respect: null },
        subscales: { communication: null, relationship: null },
      },
    ]);
  });

  it('scoreAnswers passes includeRatings through', () => {
    const b = new SurveyBuilder().rate('a', 'A', 'B', all(3));
    expect(scoreAnswers(b.answers, { includeRatings: true }).individualRatings).toHaveLength(1);
  });
});

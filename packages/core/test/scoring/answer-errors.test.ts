import { describe, expect, it } from 'vitest';
import { OptionsError, SurveyFormatError } from '../../src/errors/index';
import { createScorer, scoreAnswers } from '../../src/scoring/index';
import type { Answer } from '../../src/survey/types';
import { all, SurveyBuilder } from './survey-builder';

const catchError = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
};

describe('scoreAnswers duplicate answers', () => {
  const b = new SurveyBuilder();
  b.rate('r1', 'A', 'B', all(4)); // lines 2-8; frequency at line 2
  b.rate('r2', 'A', 'B', all(4)); // lines 9-15
  b.rate('r3', 'A', 'B', all(4)); // lines 16-22
  const dupLine = b.answer({ respondentId: 'r1', respondentRole: 'A', targetRole: 'B', dimension: 'frequency', value: 1 });

  it('scoreAnswers (strict) throws RELCAP_DUPLICATE_ANSWER at the second answer, naming the first line', () => {
    const e = catchError(() => scoreAnswers(b.answers));
    expect(e).toBeInstanceOf(SurveyFormatError);
    const err = e as SurveyFormatError;
    expect(err.code).toBe('RELCAP_DUPLICATE_ANSWER');
    expect(dupLine).toBe(23);
    expect(err.location).toMatchObject({ file: 'survey.csv', line: 23, column: 'value', value: '1' });
    expect(err.message).toContain('line 2');
  });

  it('scoreAnswers (lenient) keeps the first answer and records the issue', () => {
    const score = scoreAnswers(b.answers, { mode: 'lenient' });
    expect(score.issues).toHaveLength(1);
    expect(score.issues[0]).toMatchObject({ code: 'RELCAP_DUPLICATE_ANSWER', file: 'survey.csv', line: 23, column: 'value' });
    expect(score.issues[0]!.message).toContain('line 2');
    // the first value (4) is kept: all three raters give 4 on frequency
    expect(score.ties[0]!.dimensions.frequency).toBe(4);
  });

  it('scoreAnswers treats a second answer after a missing one as a duplicate too', () => {
    const m = new SurveyBuilder();
    m.answer({ respondentId: 'r', respondentRole: 'A', targetRole: 'B', dimension: 'accuracy', value: null });
    m.answer({ respondentId: 'r', respondentRole: 'A', targetRole: 'B', dimension: 'accuracy', value: 3 });
    expect((catchError(() => scoreAnswers(m.answers)) as SurveyFormatError).code).toBe('RELCAP_DUPLICATE_ANSWER');
  });

  it('scoreAnswers accepts the same dimension for another target role or another respondent', () => {
    const ok = new SurveyBuilder().rate('r', 'A', 'B', all(3)).rate('r', 'A', 'C', all(3)).rate('s', 'A', 'B', all(3));
    expect(scoreAnswers(ok.answers).issues).toEqual([]);
  });

  it('scoreAnswers (lenient) lists at most maxIssues issues and counts the rest', () => {
    const many = new SurveyBuilder().rate('r', 'A', 'B', all(3));
    for (let i = 0; i < 5; i++) many.rate('r', 'A', 'B', all(2));
    // 5 x 7 = 35 duplicates: 10 listed, then one line saying 25 more
    const score = scoreAnswers(many.answers, { mode: 'lenient', maxIssues: 10 });
    expect(score.issues).toHaveLength(11);
    expect(score.issues[10]).toMatchObject({ code: 'RELCAP_ISSUES_TRUNCATED' });
    expect(score.issues[10]!.message).toContain('25');
  });
});

describe('scoreAnswers inconsistent respondent roles', () => {
  const b = new SurveyBuilder().rate('r1', 'A', 'B', [4, 4, 4, 4]); // lines 2-5
  const line = b.answer({ respondentId: 'r1', respondentRole: 'C', targetRole: 'B', dimension: 'shared_goals', value: 2 });

  it('scoreAnswers (strict) throws RELCAP_INCONSISTENT_ROLE with the line and the first role', () => {
    const err = catchError(() => scoreAnswers(b.answers)) as SurveyFormatError;
    expect(err).toBeInstanceOf(SurveyFormatError);
    expect(err.code).toBe('RELCAP_INCONSISTENT_ROLE');
    expect(err.location).toMatchObject({ line, value: 'C' });
    expect(err.message).toContain('line 2');
  });

  it('scoreAnswers (lenient) keeps the first role and scores the answer under it', () => {
    const score = scoreAnswers(b.answers, { mode: 'lenient', minRaters: 1 });
    expect(score.issues.map((i) => [i.code, i.line])).toEqual([['RELCAP_INCONSISTENT_ROLE', line]]);
    // A -> B: [4,4,4,4,2] -> 18/5 = 3.6; no tie from C
    expect(score.ties.map((t) => [t.from, t.to, t.rc])).toEqual([['A', 'B', 3.6]]);
    expect(score.roles.find((r) => r.role === 'C')).toBeUndefined();
  });
});

describe('scoreAnswers never clamps a bad value', () => {
  const answer = (value: unknown, dimension = 'frequency'): Answer =>
    ({ respondentId: 'r', respondentRole: 'A', targetRole: 'B', dimension, value, source: { line: 7, column: 'Q3' } }) as Answer;

  it.each([0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '3'])(
    'scoreAnswers rejects the value %s with RELCAP_VALUE_OUT_OF_RANGE, in lenient mode too',
    (value) => {
      for (const mode of ['strict', 'lenient'] as const) {
        const err = catchError(() => scoreAnswers([answer(value)], { mode })) as SurveyFormatError;
        expect(err).toBeInstanceOf(SurveyFormatError);
        expect(err.code).toBe('RELCAP_VALUE_OUT_OF_RANGE');
        expect(err.location).toMatchObject({ line: 7, column: 'Q3' });
      }
    },
  );

  it('scoreAnswers rejects a dimension that is not in the set', () => {
    const err = catchError(() => scoreAnswers([answer(3, 'task_knowledge')], { mode: 'lenient' })) as SurveyFormatError;
    expect(err.code).toBe('RELCAP_UNKNOWN_DIMENSION');
    expect(err.location).toMatchObject({ line: 7, value: 'task_knowledge' });
  });

  it('scoreAnswers rejects an answer without respondent id or role', () => {
    const e1 = catchError(() => scoreAnswers([{ ...answer(3), respondentId: '' }])) as SurveyFormatError;
    const e2 = catchError(() => scoreAnswers([{ ...answer(3), targetRole: '' }])) as SurveyFormatError;
    expect([e1.code, e2.code]).toEqual(['RELCAP_MISSING_FIELD', 'RELCAP_MISSING_FIELD']);
  });
});

describe('scoreAnswers options', () => {
  it.each([
    [{ minItems: 0 }, 'minItems'],
    [{ minItems: 8 }, 'minItems'],
    [{ minItems: 2.5 }, 'minItems'],
    [{ minRaters: 0 }, 'minRaters'],
    [{ confidence: 1 }, 'confidence'],
    [{ bands: { weakBelow: 4, strongAbove: 3.5 } }, 'bands'],
    [{ mode: 'loose' as 'strict' }, 'mode'],
    [{ maxIssues: -1 }, 'maxIssues'],
  ])('createScorer rejects %o with OptionsError at %s', (options, path) => {
    const err = catchError(() => createScorer(options)) as OptionsError;
    expect(err).toBeInstanceOf(OptionsError);
    expect(err.location.path).toBe(path);
  });

  it('createScorer accepts minItems 1..7 and minRaters 1 for relational coordination', () => {
    expect(() => createScorer({ minItems: 1, minRaters: 1 })).not.toThrow();
    expect(() => createScorer({ minItems: 7 })).not.toThrow();
  });
});

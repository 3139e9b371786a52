import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/scoring/index';
import type { Answer } from '../../src/survey/types';
import { expectClose, RC_KEYS } from './survey-builder';

const ROLES = ['Lærer', 'Pædagog', 'PPR', 'Sundhedsplejerske'];

/** Surveys without duplicates: respondents with a role, each rating a set of distinct target roles. */
const surveyArb: fc.Arbitrary<Answer[]> = fc
  .array(
    fc.record({
      role: fc.constantFrom(...ROLES),
      ratings: fc.uniqueArray(
        fc.record({
          target: fc.constantFrom(...ROLES),
          values: fc.array(fc.option(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { nil: undefined }), {
            minLength: 7,
            maxLength: 7,
          }),
        }),
        { selector: (r) => r.target, maxLength: 4 },
      ),
    }),
    { maxLength: 25 },
  )
  .map((people) => {
    const out: Answer[] = [];
    people.forEach((p, i) => {
      for (const r of p.ratings) {
        r.values.forEach((value, d) => {
          if (value === undefined) return;
          out.push({ respondentId: `R${i}`, respondentRole: p.role, targetRole: r.target, dimension: RC_KEYS[d]!, value });
        });
      }
    });
    return out;
  });

const optionsArb = fc.record({ minRaters: fc.integer({ min: 1, max: 3 }), minItems: fc.integer({ min: 1, max: 7 }) });

const inScale = (x: number | null): boolean => x === null || (x >= 1 && x <= 5);

describe('scoreAnswers properties', () => {
  it('scoreAnswers keeps every tie, dimension, subscale, role and network score within 1..5', () => {
    fc.assert(
      fc.property(surveyArb, optionsArb, (answers, options) => {
        const s = scoreAnswers(answers, options);
        for (const t of s.ties) {
          expect(inScale(t.rc)).toBe(true);
          for (const v of Object.values(t.dimensions)) expect(inScale(v)).toBe(true);
          for (const v of Object.values(t.subscales)) expect(inScale(v)).toBe(true);
          expect(t.suppressed).toBe(t.n < options.minRaters);
        }
        for (const r of s.roles) expect(inScale(r.given) && inScale(r.received)).toBe(true);
        expect(inScale(s.network.rcUnweighted) && inScale(s.network.rcWeighted)).toBe(true);
      }),
    );
  });

  it('scoreAnswers does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(
        surveyArb.chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length }))),
        optionsArb,
        ([answers, shuffled], options) => {
          expectClose(scoreAnswers(shuffled, options), scoreAnswers(answers, options), 1e-9);
        },
      ),
    );
  });

  it('scoreAnswers does not depend on the respondent ids', () => {
    fc.assert(
      fc.property(surveyArb, optionsArb, fc.string({ minLength: 1, maxLength: 4 }), (answers, options, prefix) => {
        const renamed = answers.map((a) => ({ ...a, respondentId: `${prefix}-${a.respondentId.split('').reverse().join('')}` }));
        expectClose(scoreAnswers(renamed, options), scoreAnswers(answers, options), 1e-9);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, type WorkCounter } from '../../src/scoring/index';
import { importSurvey } from '../../src/survey/index';
import { wideSurvey } from '../../../../tests/fixtures/hostile/make-hostile';

/** Work steps (rating lookups, role summaries) to import and score a wide file. */
async function workFor(columns: number, respondents: number): Promise<number> {
  const work: WorkCounter = { count: 0 };
  const scorer = createScorer({ minRaters: 1, work });
  await importSurvey(wideSurvey(columns, respondents), { onAnswer: (a) => scorer.add(a) });
  scorer.finish();
  return work.count;
}

describe('a wide file costs work linear in its columns (issue 9)', () => {
  it('doubling the answer columns at most doubles the work (counted, not timed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 6 }), async (targets, respondents) => {
        const columns = 7 * targets;
        const once = await workFor(columns, respondents);
        const twice = await workFor(2 * columns, respondents);
        expect(twice).toBeLessThanOrEqual(2 * once);
      }),
      { numRuns: 25 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/scoring/index';
import { importFromTool } from '../../src/survey-tools/index';
import { byKey, TOOL_CASES } from './tool-inputs';

/**
 * Hand-computed role-pair ties of tests/fixtures/tools/answers.mjs (minItems 4, minRaters 3).
 * Each respondent's rc is the mean of the answered dimensions; the tie is the mean over raters.
 */
const EXPECTED: Readonly<Record<string, number | 'suppressed'>> = {
  // L1, L2, L3 rate lærer 5, 4, 4 on all 7: (5 + 4 + 4) / 3 = 13/3.
  'lærer>lærer': 13 / 3,
  // L1 -> pædagog (D1): (6*4 + 5) / 7 = 29/7; L2 4, L3 3: (29/7 + 7) / 3 = (29 + 49) / 21 = 26/7.
  'lærer>pædagog': 26 / 7,
  // L2 -> sundhedsplejerske (D2): answered 4 2 2 2 2 -> 12/5; L1 3, L3 3: (3 + 12/5 + 3) / 3 = 14/5.
  'lærer>sundhedsplejerske': 14 / 5,
  // P3 -> lærer (D3) has 3 answers < minItems 4: excluded; n = 2 < 3: suppressed.
  'pædagog>lærer': 'suppressed',
  // (5 + 5 + 4) / 3 = 14/3.
  'pædagog>pædagog': 14 / 3,
  // (2 + 3 + 3) / 3 = 8/3.
  'pædagog>sundhedsplejerske': 8 / 3,
  // (2 + 2 + 3) / 3 = 7/3.
  'sundhedsplejerske>lærer': 7 / 3,
  // S3 -> pædagog (D4): (6*3 + 1) / 7 = 19/7; S1 3, S2 4: (7 + 19/7) / 3 = (49 + 19) / 21 = 68/21.
  'sundhedsplejerske>pædagog': 68 / 21,
  // S1 -> sundhedsplejerske (D5): 4 4 4 4 4, -, 5 -> 25/6; S2 5, S3 5: (25/6 + 10) / 3 = 85/18.
  'sundhedsplejerske>sundhedsplejerske': 85 / 18,
};

describe('importFromTool scores every tool export of the same answers to the hand-checked ties', () => {
  it.each(TOOL_CASES)('$name', async (c) => {
    const { answers, report } = importFromTool(await c.input(), {
      ...(c.mapping !== undefined ? { mapping: c.mapping } : {}),
      ...(c.missingCodes !== undefined ? { missingCodes: c.missingCodes } : {}),
    });
    // 9 respondents x 3 target roles x 7 dimensions = 189 answers, 5 "Ved ikke" + 2 blank = 7 missing.
    expect(report.respondents).toBe(9);
    expect(answers).toHaveLength(189);
    expect(report.answered).toBe(182);
    const missing = Object.fromEntries(report.missing.map((m) => [`${m.code}@${m.source}`, m.count]));
    expect(missing).toEqual(c.missing);
    // Roles are shown as each export wrote them; the hand-checked ties are named by key.
    const score = scoreAnswers(byKey(answers, report.roleKeys));
    const ties = Object.fromEntries(score.ties.map((t) => [`${t.from}>${t.to}`, t]));
    expect(Object.keys(ties).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [key, rc] of Object.entries(EXPECTED)) {
      const tie = ties[key]!;
      if (rc === 'suppressed') {
        expect(tie.suppressed).toBe(true);
        expect(tie.n).toBe(2);
        expect(tie.incomplete).toBe(1);
      } else {
        expect(tie.rc).toBeCloseTo(rc, 12);
      }
    }
    // Network RC, unweighted over the 5 unsuppressed between-role ties (P -> L is suppressed):
    // (26/7 + 14/5 + 8/3 + 7/3 + 68/21) / 5 = (390 + 294 + 280 + 245 + 340) / 105 / 5 = 1549/525.
    expect(score.network.rcUnweighted).toBeCloseTo(1549 / 525, 12);
  });

  it('gives identical scores for every tool', async () => {
    const scores = [];
    for (const c of TOOL_CASES) {
      const { answers, report } = importFromTool(await c.input(), c.mapping !== undefined ? { mapping: c.mapping } : {});
      scores.push(scoreAnswers(byKey(answers, report.roleKeys)));
    }
    for (const s of scores.slice(1)) expect(s).toEqual(scores[0]);
  });
});

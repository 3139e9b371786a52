import { describe, expect, it } from 'vitest';
import { collectRoundProblems, createRound, parseRound, SelfAssessmentError, validateRound } from '../../src/self-assessment/index';
import { roundOf, SMALL_TEMPLATE } from './fixtures';

// biome-ignore lint/suspicious/noExplicitAny: a JSON document the tests break field by field
function roundJson(): Record<string, any> {
  return JSON.parse(JSON.stringify(roundOf([[7, 2, 5, null], [3, 9, 5, 4]])));
}

function problemOf(json: unknown): [string, string | undefined, string | undefined] {
  const p = collectRoundProblems(json)[0];
  if (p === undefined) throw new Error('expected a problem');
  return [p.code, p.location.path, p.location.value];
}

describe('validateRound', () => {
  it('round-trips a round through JSON', () => {
    const round = roundOf([[7, 2, 5, null]]);
    expect(parseRound(JSON.stringify(round))).toEqual(round);
  });

  it('accepts absent ratings and null as not rated', () => {
    const json = roundJson();
    json.participants[0].ratings = { s1: null };
    delete json.participants[1].ratings;
    const round = validateRound(json);
    expect(round.participants.map((p) => p.ratings)).toEqual([{ s1: null }, {}]);
  });

  it('refuses a rating above the scale and never clamps it', () => {
    const json = roundJson();
    json.participants[1].ratings.s2 = 11;
    expect(problemOf(json)).toEqual(['RELCAP_SA_RATING_OUT_OF_SCALE', 'participants[1].ratings["s2"]', '11']);
  });

  it('refuses a rating below the scale of a 1..10 template', () => {
    const json = roundJson();
    json.template.scale = { min: 1, max: 10 };
    json.participants[0].ratings.s1 = 0;
    expect(problemOf(json)).toEqual(['RELCAP_SA_RATING_OUT_OF_SCALE', 'participants[0].ratings["s1"]', '0']);
  });

  it('refuses a rating that is not a whole number and never rounds it', () => {
    const json = roundJson();
    json.participants[0].ratings.s3 = 6.5;
    expect(problemOf(json)).toEqual(['RELCAP_SA_RATING_NOT_INTEGER', 'participants[0].ratings["s3"]', '6.5']);
  });

  it('refuses a rating given as text', () => {
    const json = roundJson();
    json.participants[0].ratings.s3 = '6';
    expect(problemOf(json)).toEqual(['RELCAP_SA_BAD_TYPE', 'participants[0].ratings["s3"]', '6']);
  });

  it('refuses a rating of a statement the template does not have', () => {
    const json = roundJson();
    json.participants[1].ratings.s9 = 5;
    expect(problemOf(json)).toEqual(['RELCAP_SA_UNKNOWN_STATEMENT', 'participants[1].ratings["s9"]', 's9']);
  });

  it('refuses a date that is not in the calendar', () => {
    const json = roundJson();
    json.date = '2026-02-30';
    expect(problemOf(json)).toEqual(['RELCAP_SA_BAD_DATE', 'date', '2026-02-30']);
  });

  it('refuses the same participant id twice', () => {
    const json = roundJson();
    json.participants[1].id = 'p1';
    expect(problemOf(json)).toEqual(['RELCAP_SA_DUPLICATE_ID', 'participants[1].id', 'p1']);
  });

  it('reports problems of the embedded template under "template"', () => {
    const json = roundJson();
    json.template.areas[0].title = { da: 'A' };
    expect(problemOf(json)).toEqual(['RELCAP_SA_MISSING_FIELD', 'template.areas[0].title.en', undefined]);
  });

  it('reads up to three picks with their plans', () => {
    const round = createRound(SMALL_TEMPLATE, {
      date: '2026-03-01',
      picks: [
        { statementId: 's2', childAndParentsWillNotice: 'Færre møder', whatItTakes: 'En mødeleder', plan: { who: 'Lene', what: 'Dagsorden', when: 'marts' } },
        { statementId: 's4', childAndParentsWillNotice: '', whatItTakes: '', plan: { who: '', what: '', when: '' } },
      ],
    });
    expect(round.picks.map((p) => [p.statementId, p.plan.who])).toEqual([
      ['s2', 'Lene'],
      ['s4', ''],
    ]);
  });

  it('refuses a fourth pick, a pick of an unknown statement and a statement picked twice', () => {
    const pick = (statementId: string) => ({ statementId, childAndParentsWillNotice: '', whatItTakes: '', plan: { who: '', what: '', when: '' } });
    const four = { ...roundJson(), picks: ['s1', 's2', 's3', 's4'].map(pick) };
    expect(problemOf(four)).toEqual(['RELCAP_SA_TOO_MANY', 'picks', '4 items']);
    expect(problemOf({ ...roundJson(), picks: [pick('s7')] })).toEqual(['RELCAP_SA_UNKNOWN_STATEMENT', 'picks[0].statementId', 's7']);
    expect(problemOf({ ...roundJson(), picks: [pick('s1'), pick('s1')] })).toEqual(['RELCAP_SA_DUPLICATE_ID', 'picks[1].statementId', 's1']);
  });

  it('throws the first problem as a SelfAssessmentError from createRound', () => {
    expect(() => createRound(SMALL_TEMPLATE, { date: '2026-03-01', participants: [{ id: 'p1', ratings: { s1: -1 } }] })).toThrow(SelfAssessmentError);
  });

  it('refuses JSON text over the size limit before parsing it', () => {
    try {
      parseRound(' '.repeat(5_000_001));
      expect.unreachable();
    } catch (e) {
      expect((e as SelfAssessmentError).code).toBe('RELCAP_SA_TOO_LARGE');
    }
  });
});

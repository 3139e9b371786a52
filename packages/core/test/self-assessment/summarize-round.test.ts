import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseSpreadBand, createRound, rankDisagreement, spreadBand, summarizeRound } from '../../src/self-assessment/index';
import { roundOf, SMALL_TEMPLATE } from './fixtures';

describe('summarizeRound', () => {
  // Columns s1..s4, one row per participant.
  const round = roundOf([
    [7, 2, 5, null],
    [3, 9, 5, null],
    [8, 2, 5, 4],
    [9, 9, 5, null],
    [6, 5, null, null],
  ]);
  const byId = (id: string) => summarizeRound(round).statements.find((s) => s.statementId === id)!;

  it('summarises each statement in template order', () => {
    expect(summarizeRound(round).statements.map((s) => [s.areaId, s.statementId])).toEqual([
      ['a', 's1'],
      ['a', 's2'],
      ['b', 's3'],
      ['b', 's4'],
    ]);
  });

  it('gives median, hinges, IQR, range and mean for five ratings', () => {
    // s1: sorted 3 6 7 8 9 -> hinges 6 and 8; mean 33 / 5 = 6.6.
    expect(byId('s1')).toMatchObject({ n: 5, missing: 0, stats: { min: 3, q1: 6, median: 7, q3: 8, max: 9, iqr: 2, range: 6 } });
    expect(byId('s1').stats!.mean).toBeCloseTo(6.6, 12);
  });

  it('handles ties', () => {
    // s2: sorted 2 2 5 9 9 -> hinges 2 and 9.
    expect(byId('s2').stats).toMatchObject({ min: 2, q1: 2, median: 5, q3: 9, max: 9, iqr: 7, range: 7 });
  });

  it('leaves missing ratings out and counts them', () => {
    // s3: four ratings of 5, one missing.
    expect(byId('s3')).toMatchObject({ n: 4, missing: 1, stats: { median: 5, iqr: 0, range: 0 } });
  });

  it('summarises a single rating as that rating with no spread', () => {
    expect(byId('s4')).toMatchObject({ n: 1, missing: 4, stats: { min: 4, q1: 4, median: 4, q3: 4, max: 4, iqr: 0, range: 0, mean: 4 } });
  });

  it('has no statistics for a statement nobody rated', () => {
    const empty = roundOf([[1, null, null, null]]);
    expect(summarizeRound(empty).statements[1]).toMatchObject({ n: 0, missing: 1, stats: null });
  });

  it('summarises a round with a single participant', () => {
    const one = summarizeRound(roundOf([[0, 10, 4, 6]]));
    expect(one.statements.map((s) => s.stats!.median)).toEqual([0, 10, 4, 6]);
    expect(one.statements.every((s) => s.stats!.iqr === 0)).toBe(true);
  });

  it('does not depend on the order of the participants', () => {
    const row = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const forward = summarizeRound(roundOf(rows)).statements;
        const backward = summarizeRound(roundOf([...rows].reverse())).statements;
        expect(backward).toEqual(forward);
      }),
    );
  });
});

describe('spread band', () => {
  it('shows min-max for a handful of people and quartiles from five', () => {
    expect([3, 4, 5, 12].map((n) => chooseSpreadBand(n))).toEqual(['min-max', 'min-max', 'quartiles', 'quartiles']);
    expect(chooseSpreadBand(3, { band: 'quartiles' })).toBe('quartiles');
    expect(chooseSpreadBand(8, { handfulBelow: 10 })).toBe('min-max');
  });

  it('gives the hinges or the extremes of a statement', () => {
    const s = summarizeRound(roundOf([[7], [3], [8], [9], [6]])).statements[0]!;
    expect(spreadBand(s, 'quartiles')).toEqual([6, 8]);
    expect(spreadBand(s, 'min-max')).toEqual([3, 9]);
  });
});

describe('rankDisagreement', () => {
  const round = roundOf([
    [5, 1, 4, 6],
    [5, 9, 6, 6],
    [6, 5, 5, 7],
    [5, 9, 5, 3],
    [5, 1, 4, null],
  ]);

  it('ranks statements by IQR, then range, then template order, and flags the top three with spread', () => {
    // IQR: s1 5 5 5 5 6 -> 0 (range 1); s2 1 1 5 9 9 -> 8; s3 4 4 5 5 6 -> 1 (range 2); s4 3 6 6 7 (n = 4, hinges at depth 1.5: 4.5 and 6.5) -> 2 (range 4).
    const ranked = rankDisagreement(summarizeRound(round));
    expect(ranked.map((d) => [d.statementId, d.spread, d.secondary])).toEqual([
      ['s2', 8, 8],
      ['s4', 2, 4],
      ['s3', 1, 2],
      ['s1', 0, 1],
    ]);
    expect(ranked.map((d) => d.flagged)).toEqual([true, true, true, false]);
  });

  it('ranks by range for min-max and does not flag statements without spread', () => {
    const ranked = rankDisagreement(summarizeRound(round), { band: 'min-max', flag: 4 });
    expect(ranked.map((d) => [d.statementId, d.spread])).toEqual([
      ['s2', 8],
      ['s4', 4],
      ['s3', 2],
      ['s1', 1],
    ]);
    const agree = rankDisagreement(summarizeRound(roundOf([[5, 5, 5, 5], [5, 5, 5, 5]])));
    expect(agree.some((d) => d.flagged)).toBe(false);
  });

  it('leaves out statements with fewer than two ratings', () => {
    const ranked = rankDisagreement(summarizeRound(roundOf([[1, 2, null, null], [9, 3, 4, null]])));
    expect(ranked.map((d) => d.statementId)).toEqual(['s1', 's2']);
  });

  it('works on a template with 1..10', () => {
    const t = { ...SMALL_TEMPLATE, scale: { ...SMALL_TEMPLATE.scale, min: 1 } };
    const r = createRound(t, { date: '2026-01-01', participants: [{ id: 'x', ratings: { s1: 1 } }] });
    expect(summarizeRound(r).statements[0]!.stats!.median).toBe(1);
  });
});

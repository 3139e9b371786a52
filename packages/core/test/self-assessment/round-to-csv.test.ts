import { describe, expect, it } from 'vitest';
import { createRound, getBuiltinTemplate, ROUND_CSV_HEADER, roundToCsv } from '../../src/self-assessment/index';
import { SMALL_TEMPLATE } from './fixtures';

describe('roundToCsv', () => {
  const round = createRound(SMALL_TEMPLATE, {
    date: '2026-03-01',
    participants: [
      { id: 'p1', name: '=HYPERLINK("http://x")', ratings: { s1: 7, s2: null } },
      { id: 'p2', ratings: { s1: 3, s3: 10 } },
    ],
  });

  it('writes one row per participant and statement, missing ratings empty', () => {
    const lines = roundToCsv(round).split('\r\n');
    expect(lines[0]).toBe(ROUND_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 2 * 4 + 1);
    expect(lines[5]).toBe('2026-03-01,small,p2,#2,Area A,s1,We meet.,3');
    expect(lines[2]).toBe(`2026-03-01,small,p1,"'=HYPERLINK(""http://x"")",Area A,s2,We listen.,`);
    expect(lines[9]).toBe('');
  });

  it('neutralises formulas in names (formula injection) and writes Danish with a semicolon', () => {
    const text = roundToCsv(round, { lang: 'da', delimiter: ';' });
    expect(text.split('\r\n')[1]).toBe(`2026-03-01;small;p1;"'=HYPERLINK(""http://x"")";Område A;s1;Vi mødes.;7`);
    expect(text).not.toMatch(/(^|[;\n"])[=+@-]/);
  });

  it('starts with a byte order mark only when asked (for Danish Excel)', () => {
    expect(roundToCsv(round).charCodeAt(0)).toBe(0x64); // 'd' of "date"
    expect(roundToCsv(round, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('quotes statements that hold the delimiter', () => {
    const text = roundToCsv(createRound(getBuiltinTemplate('meetings'), { date: '2026-03-01', participants: [{ id: 'p1', ratings: {} }] }));
    expect(text).toContain(',meet-structure-2,"We know before each meeting which task we are to solve together, and how.",\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import type { SelfAssessmentTemplate } from '../../src/self-assessment/index';
import { compareRounds } from '../../src/self-assessment/index';
import { roundOf, SMALL_TEMPLATE } from './fixtures';

describe('compareRounds', () => {
  const first = roundOf(
    [
      [3, 5, 2, 8],
      [5, 5, 4, 8],
      [4, 6, 9, null],
    ],
    '2026-03-01',
  );
  const second = roundOf(
    [
      [6, 5, 5, null],
      [7, 4, 6, null],
      [6, 6, 5, null],
    ],
    '2026-09-01',
  );

  it('gives the change in median, IQR and range per statement', () => {
    const c = compareRounds(first, second);
    expect([c.beforeDate, c.afterDate]).toEqual(['2026-03-01', '2026-09-01']);
    // s1: 3 4 5 (median 4, hinges 3.5 and 4.5, range 2) -> 6 6 7 (median 6, hinges 6 and 6.5, range 1).
    // s2: 5 5 6 (median 5, hinges 5 and 5.5, range 1) -> 4 5 6 (median 5, hinges 4.5 and 5.5, range 2).
    // s3: 2 4 9 (median 4, hinges 3 and 6.5, range 7) -> 5 5 6 (median 5, hinges 5 and 5.5, range 1).
    expect(c.changes.map((x) => [x.statementId, x.status, x.medianChange, x.iqrChange, x.rangeChange])).toEqual([
      ['s1', 'both', 2, -0.5, -1],
      ['s2', 'both', 0, 0.5, 1],
      ['s3', 'both', 1, -3, -6],
      ['s4', 'both', null, null, null],
    ]);
    expect([c.added, c.removed]).toEqual([[], []]);
  });

  it('lists statements added and removed between rounds', () => {
    const changed: SelfAssessmentTemplate = {
      ...SMALL_TEMPLATE,
      areas: [
        SMALL_TEMPLATE.areas[0]!,
        { id: 'c', title: { da: 'C', en: 'C' }, statements: [{ id: 's5', text: { da: 'Vi tør.', en: 'We dare.' } }] },
      ],
    };
    const later = roundOf([[6, 5, 7], [7, 4, 8]], '2026-09-01', changed);
    const c = compareRounds(first, later);
    expect(c.added).toEqual(['s5']);
    expect(c.removed).toEqual(['s3', 's4']);
    expect(c.changes.map((x) => [x.statementId, x.status])).toEqual([
      ['s1', 'both'],
      ['s2', 'both'],
      ['s5', 'added'],
      ['s3', 'removed'],
      ['s4', 'removed'],
    ]);
    const added = c.changes.find((x) => x.statementId === 's5')!;
    expect([added.before, added.medianChange, added.after?.stats?.median]).toEqual([null, null, 7.5]);
  });

  it('compares a round with itself as no change', () => {
    const c = compareRounds(first, first);
    expect(c.changes.filter((x) => x.medianChange !== null).every((x) => x.medianChange === 0 && x.iqrChange === 0)).toBe(true);
  });
});

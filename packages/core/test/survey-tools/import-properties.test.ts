import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATIONAL_COORDINATION } from '../../src/dimensions/index';
import { scoreAnswers } from '../../src/scoring/index';
import { importFromTool, type RawTable } from '../../src/survey-tools/index';

const ROLES = [
  ['lærer', 'laerer', 'Lærer'],
  ['pædagog', 'paedagog', 'Pædagog'],
  ['sundhedsplejerske', 'sundhedsplejerske', 'Sundhedsplejerske'],
] as const;
const DIMS = RELATIONAL_COORDINATION.dimensions;
const STEMS = ['hyppighed', 'rettidighed', 'praecision', 'problemloesning', 'faelles_maal', 'faelles_viden', 'gensidig_respekt'];
type Cell = number | 'DK' | null;

const respondent = fc.record({
  role: fc.integer({ min: 0, max: 2 }),
  cells: fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant<'DK'>('DK'), fc.constant(null)), {
    minLength: 21,
    maxLength: 21,
  }),
});

/** One wide table: id, profession, 21 columns named <dimension>_<role> (REDCap style). */
function table(rows: readonly { role: number; cells: readonly Cell[] }[], asText: boolean): RawTable {
  const header = ['record_id', 'profession', ...ROLES.flatMap((r) => STEMS.map((s) => `${s}_${r[1]}`))];
  const body = rows.map((r, i) => [
    String(i + 1),
    ROLES[r.role]![2],
    ...r.cells.map((c, k) => {
      if (c === null) return '';
      if (c === 'DK') return asText ? 'Ved ikke' : '9';
      // Column k is role k / 7, dimension k % 7: its label of score c.
      return asText ? DIMS[k % 7]!.scale.points.find((p) => p.score === c)!.labels.da : String(c);
    }),
  ]);
  return { rows: [header, ...body], lines: [header, ...body].map((_, i) => i + 1) };
}

describe('importFromTool properties', () => {
  it('numeric codes with a declared missing code and Danish label text give the same answers', () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 1, maxLength: 8 }), (rows) => {
        const numeric = importFromTool({ data: table(rows, false) }, { tool: 'generic', missingCodes: ['9'] });
        const text = importFromTool({ data: table(rows, true) }, { tool: 'generic' });
        const strip = (a: (typeof numeric.answers)[number]) => [a.respondentId, a.respondentRole, a.targetRole, a.dimension, a.value];
        expect(numeric.answers.map(strip)).toEqual(text.answers.map(strip));
        // Every "Ved ikke" is counted once, as the declared 9 or as the token.
        const dk = rows.flatMap((r) => r.cells).filter((c) => c === 'DK').length;
        expect(numeric.report.missing.find((m) => m.code === '9')?.count ?? 0).toBe(dk);
        expect(text.report.missing.find((m) => m.source === 'token')?.count ?? 0).toBe(dk);
      }),
      { numRuns: 60 },
    );
  });

  it('the order of the respondents changes no score', () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 2, maxLength: 8 }), fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7));
        const a = importFromTool({ data: table(rows, false) }, { tool: 'generic', missingCodes: ['9'] });
        const b = importFromTool({ data: table(shuffled, false) }, { tool: 'generic', missingCodes: ['9'] });
        const opts = { minRaters: 1 };
        expect(scoreAnswers(b.answers, opts).ties).toEqual(scoreAnswers(a.answers, opts).ties);
      }),
      { numRuns: 40 },
    );
  });
});

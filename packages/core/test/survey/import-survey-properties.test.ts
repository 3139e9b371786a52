import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RelcapError } from '../../src/errors/index';
import { createScorer, type SurveyScore } from '../../src/scoring/index';
import { type Answer, type ImportSummary, importSurvey, parseMapping, type SurveyImportOptions, type SurveySource } from '../../src/survey/index';

const DIMS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];
const ROLES = ['Rolle A', 'Rolle B', 'Rolle C'];

/** One respondent: a role, and per target role and dimension an answer 1..5 or missing (null). */
const respondent = fc.record({
  role: fc.constantFrom(...ROLES),
  answers: fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 7, maxLength: 7 }), { minLength: 3, maxLength: 3 }),
});

async function scored(source: SurveySource, options: Partial<SurveyImportOptions> = {}): Promise<{ score: SurveyScore; summary: ImportSummary }> {
  const scorer = createScorer({ minRaters: 1, minItems: 1 });
  const summary = await importSurvey(source, { ...options, onAnswer: (a) => scorer.add(a) });
  return { score: scorer.finish(), summary };
}

describe('importSurvey properties (issue 9)', () => {
  it('a survey-tool export and its relcap long-format equivalent give identical scores', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(respondent, { minLength: 1, maxLength: 12 }), async (people) => {
        // The tool export: id, role and one column per (target, dimension); 9 = "Ved ikke".
        const cols = ROLES.flatMap((t, ti) => DIMS.map((d, di) => ({ name: `Q${ti + 1}_${di + 1}`, target: t, dimension: d })));
        const tool = [
          ['ResponseId', 'Rolle', ...cols.map((c) => c.name)].join(','),
          ...people.map((p, i) => [`R${i + 1}`, p.role, ...p.answers.flat().map((v) => (v === null ? '9' : String(v)))].join(',')),
        ].join('\r\n');
        const mapping = parseMapping(
          JSON.stringify({
            version: 1,
            tool: 'generic',
            respondentId: 'ResponseId',
            respondentRole: 'Rolle',
            missingCodes: ['9'],
            columns: Object.fromEntries(cols.map((c) => [c.name, { dimension: c.dimension, target: c.target }])),
            ignore: [],
          }),
        );
        const long = [
          'respondent_id;respondent_role;target_role;dimension;value',
          ...people.flatMap((p, i) => p.answers.flatMap((row, ti) => row.map((v, di) => `R${i + 1};${p.role};${ROLES[ti]};${DIMS[di]};${v ?? ''}`))),
        ].join('\n');
        const a = await scored(new TextEncoder().encode(tool), { mapping });
        const b = await scored(long);
        expect(a.summary.tool).toBe('generic');
        expect(b.summary.tool).toBeUndefined();
        expect(a.score).toEqual(b.score);
      }),
      { numRuns: 60 },
    );
  });

  it('chunk boundaries change nothing (relcap and survey-tool layouts, any split)', async () => {
    const relcap = new TextEncoder().encode(
      '\uFEFFrespondent_id;respondent_role;target_role;dimension;value\r\nR1;Lærer;"Pæda\r\ngog";frequency;4\nR2;Pædagog;Lærer;fælles_mål;"Meget"\r\nR3;Sundhedsplejerske;Lærer;accuracy;\n',
    );
    const tool = new TextEncoder().encode('ResponseId,Rolle,Q1_1,Q1_2\r\nR1,Rolle A,4,9\nR2,Rolle B,"5",3\n');
    const mapping = parseMapping(
      '{"version":1,"tool":"generic","respondentId":"ResponseId","respondentRole":"Rolle","missingCodes":["9"],"columns":{"Q1_1":{"dimension":"frequency","target":"Rolle A"},"Q1_2":{"dimension":"accuracy","target":"Rolle A"}},"ignore":[]}',
    );
    const read = async (chunks: Uint8Array[], options: Partial<SurveyImportOptions>): Promise<{ summary: ImportSummary; answers: Answer[] }> => {
      const answers: Answer[] = [];
      const summary = await importSurvey(chunks, { ...options, onAnswer: (a) => answers.push({ ...a, source: { ...a.source! } }) });
      return { summary, answers };
    };
    const split = (bytes: Uint8Array, cuts: number[]): Uint8Array[] => {
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
      const out: Uint8Array[] = [];
      let from = 0;
      for (const c of [...at, bytes.length]) {
        out.push(bytes.subarray(from, c));
        from = c;
      }
      return out;
    };
    const whole = [await read([relcap], {}), await read([tool], { mapping })];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        expect(await read(split(relcap, cuts), {})).toEqual(whole[0]);
        expect(await read(split(tool, cuts), { mapping })).toEqual(whole[1]);
      }),
      { numRuns: 200 },
    );
  });

  it('no byte sequence makes importSurvey throw anything but a RelcapError', async () => {
    const csvish = fc
      .array(fc.constantFrom('id', 'rolle', 'accuracy:Lærer', ';', ',', '\t', '"', '\r', '\n', 'æ', '4', '9', 'PK\u0003\u0004', ' ', 'x'), { maxLength: 60 })
      .map((parts) => new TextEncoder().encode(parts.join('')));
    const zipish = fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b]));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), csvish, zipish);
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom<'strict' | 'lenient'>('strict', 'lenient'), async (input, mode) => {
        try {
          await importSurvey(input, { mode, onAnswer: () => undefined });
        } catch (e) {
          if (!(e instanceof RelcapError)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { RELATIONAL_COORDINATION } from '../../src/dimensions/index';
import {
  dimensionCues,
  guessRating,
  isRating,
  professionPhrases,
  proposeMapping,
  type ToolTable,
} from '../../src/survey-tools/index';
import { TOOL_CASES } from './tool-inputs';
import { importFromTool } from '../../src/survey-tools/index';
import { shapeTable } from '../../src/survey-tools/index';

const cues = dimensionCues(RELATIONAL_COORDINATION);
const phrases = professionPhrases();
const guess = (name: string, text?: string) => guessRating({ index: 0, name, ...(text !== undefined ? { text } : {}) }, cues, phrases);

describe('guessRating', () => {
  it.each([
    // SurveyXact / Qualtrics grid: question text, then " - <row>".
    ['s_1', 'Hvor ofte kommunikerer de med dig om arbejdet? - Lærer', 'frequency', 'lærer'],
    ['Q4_2', 'Kommunikerer de med dig i tide, når der er brug for det? - Pædagog', 'timeliness', 'pædagog'],
    // English SurveyMonkey names.
    ['Is what they communicate to you accurate? - Health visitor', undefined, 'accuracy', 'sundhedsplejerske'],
    ['When problems occur, do they blame others? - Teacher', undefined, 'problem_solving', 'lærer'],
    // REDCap ASCII variable names: æ = ae, ø = oe, å = aa.
    ['faelles_maal_paedagog', undefined, 'shared_goals', 'pædagog'],
    ['gensidig_respekt_sundhedsplejerske', undefined, 'mutual_respect', 'sundhedsplejerske'],
    // Microsoft Forms statements: the role in plural definite form.
    ['Sundhedsplejerskerne har viden om det arbejde, jeg udfører', undefined, 'shared_knowledge', 'sundhedsplejerske'],
    ['Når der opstår problemer, løser lærerne dem sammen med mig', undefined, 'problem_solving', 'lærer'],
    // A grid row outside the catalogue is kept as a role of its own.
    ['q9', 'How much do they respect the work you do? - School secretary', 'mutual_respect', 'School secretary'],
  ])('%s (%s) is %s about %s', (name, text, dimension, target) => {
    const g = guess(name, text);
    expect(isRating(g) && { dimension: g.dimension, target: g.target }).toEqual({ dimension, target });
  });

  it.each([
    ['x01', undefined, [], []],
    ['Hvad er din faglige baggrund?', undefined, [], []],
    ['Hvor ofte deler lærerne dine mål?', undefined, ['frequency', 'shared_goals'], ['lærer']],
    ['Hvor ofte taler du med lærere og pædagoger?', undefined, ['frequency'], ['lærer', 'pædagog']],
  ])('%s is no rating, with the candidates it saw', (name, text, dimensions, targets) => {
    const g = guess(name, text);
    expect(isRating(g)).toBe(false);
    expect(g).toEqual({ dimensions, targets });
  });
});

describe('proposeMapping', () => {
  it('finds id, role, 21 ratings and the grad label set in a Microsoft Forms export, with reasons', async () => {
    const c = TOOL_CASES.find((t) => t.name === 'Danish Excel CSV Windows-1252')!;
    const p = proposeMapping(shapeTable(await c.input()));
    expect(p.mapping).toMatchObject({
      version: 1,
      tool: 'microsoft-forms',
      respondentId: 'ID',
      respondentRole: 'Hvad er din faglige baggrund?',
      roleValues: { Lærer: 'lærer', Pædagog: 'pædagog', Sundhedsplejerske: 'sundhedsplejerske' },
      labelSet: 'grad',
    });
    expect(Object.keys(p.mapping.columns)).toHaveLength(21);
    expect(p.mapping.columns['Pædagogerne deler mine mål for arbejdet']).toEqual({ dimension: 'shared_goals', target: 'pædagog' });
    const start = p.columns.find((c) => c.column === 'Start time');
    expect(start).toMatchObject({ use: 'meta', samples: ['03-03-2025 09:10', '03-03-2025 09:13', '03-03-2025 09:16'] });
    expect(p.columns.find((c) => c.use === 'role')?.reason).toContain('faglige baggrund');
    expect(p.warnings).toEqual([]);
  });

  it('maps SurveyXact role codes through the labels table and takes "Ved ikke" from it, not from a guess', async () => {
    const c = TOOL_CASES[0]!;
    const p = proposeMapping(shapeTable(await c.input()));
    expect(p.mapping.roleValues).toEqual({ '1': 'lærer', '2': 'pædagog', '3': 'sundhedsplejerske' });
    // Issue 9: the labels table's "6 = Ved ikke" travels with the mapping, so the data scores with it alone.
    expect(p.mapping.missingCodes).toEqual(['6']);
    expect(p.warnings).toEqual([]);
  });

  it('lists answers off the scale without declaring them', async () => {
    const c = TOOL_CASES.find((t) => t.name === 'REDCap raw')!;
    const p = proposeMapping(shapeTable(await c.input()));
    expect(p.mapping.missingCodes).toBeUndefined();
    expect(p.warnings).toContain(
      'answers outside the scale: UNK (5x), -999 (1x); declare those that mean "no answer" as missing codes, the rest are errors',
    );
    expect(p.warnings).toContain('role code 1 has no label: write its role in "roleValues"');
  });

  it('keeps codes the user already declared out of the warnings and in the mapping', async () => {
    const c = TOOL_CASES.find((t) => t.name === 'REDCap raw')!;
    const p = proposeMapping(shapeTable(await c.input()), { missingCodes: ['UNK', '-999'] });
    expect(p.mapping.missingCodes).toEqual(['UNK', '-999']);
    expect(p.warnings.some((w) => w.startsWith('answers outside'))).toBe(false);
  });

  it('proposes a role column from profession names in its values when the name says nothing', () => {
    const table: ToolTable = {
      tool: 'generic',
      reason: '',
      columns: [
        { index: 0, name: 'v1' },
        { index: 1, name: 'hyppighed_laerer' },
      ],
      rows: [
        ['Lærer', '4'],
        ['PPR-psykolog', '3'],
      ],
      lines: [2, 3],
      notes: [],
    };
    const p = proposeMapping(table);
    expect(p.mapping.respondentRole).toBe('v1');
    expect(p.mapping.roleValues).toEqual({ Lærer: 'lærer', 'PPR-psykolog': 'psykolog' });
    expect(p.columns[0]?.reason).toContain('values are profession names');
  });

  it('proposes a mapping that imports as it stands when the export names everything', async () => {
    for (const c of TOOL_CASES.filter((t) => t.mapping === undefined)) {
      const input = await c.input();
      const p = proposeMapping(shapeTable(input));
      expect(importFromTool(input, { mapping: p.mapping }).answers).toHaveLength(189);
    }
  });
});

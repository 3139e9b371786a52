import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/scoring/index';
import {
  importFromTool,
  parseToolMapping,
  proposeMapping,
  readToolInput,
  shapeTable,
} from '../../src/survey-tools/index';
import { fixture } from './fixtures';
import { byKey, TOOL_CASES } from './tool-inputs';

const DIMS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];
const ROLES = ['lærer', 'pædagog', 'sundhedsplejerske'];

describe('inspect -> edit mapping -> score on a file with unrecognisable column names', () => {
  it('proposes only what it can tell, and scores like every tool once the user fills in the rest', async () => {
    const input = await readToolInput({ bytes: fixture('mystery/mystery.csv'), file: 'mystery.csv' });
    const table = shapeTable(input);
    expect(table.tool).toBe('generic');
    const proposal = proposeMapping(table);
    // "resp" is named like an id and unique; grp and x01..x21 say nothing.
    expect(proposal.mapping.respondentId).toBe('resp');
    expect(proposal.mapping.columns).toEqual({});
    expect(proposal.columns.find((c) => c.column === 'x01')).toMatchObject({ use: 'unused', samples: ['5', '4', '2'] });
    expect(proposal.warnings).toContain('no rating columns found: add them under "columns"');

    // The user edits the JSON: role column, its codes, the 21 items (dimension-major, 3 roles
    // each, as the questionnaire lists them) and "9" = Ved ikke.
    const edited = JSON.parse(JSON.stringify(proposal.mapping)) as Record<string, unknown>;
    edited.respondentRole = 'grp';
    // Roles are shown as the mapping names them; the reference export names them by key.
    edited.roleValues = { 1: 'lærer', 2: 'pædagog', 3: 'sundhedsplejerske' };
    edited.missingCodes = [9];
    edited.columns = Object.fromEntries(
      DIMS.flatMap((d, i) => ROLES.map((r, k) => [`x${String(i * 3 + k + 1).padStart(2, '0')}`, { dimension: d, target: r }])),
    );
    const mapping = parseToolMapping(JSON.stringify(edited, null, 2), 'mystery.mapping.json');

    const { answers, report } = importFromTool(input, { mapping });
    expect(report.mappingSource).toBe('given');
    expect(report.missing).toEqual([
      { code: '9', source: 'declared', count: 5 },
      { code: '', source: 'blank', count: 2 },
    ]);
    expect(report.unmappedColumns).toEqual([]);
    const reference = TOOL_CASES[0]!;
    const ref = importFromTool(await reference.input());
    const expected = scoreAnswers(byKey(ref.answers, ref.report.roleKeys));
    expect(scoreAnswers(byKey(answers, report.roleKeys))).toEqual(expected);
  });

  it('reuses the same mapping for the next wave of the same survey', async () => {
    const c = TOOL_CASES.find((t) => t.name === 'Qualtrics numeric')!;
    const wave1 = await c.input();
    // Wave 2: the same export with respondents in another order and one respondent fewer.
    const data = wave1.data as { rows: string[][]; lines: number[]; file?: string };
    const wave2 = {
      data: { file: 'wave2.csv', rows: [...data.rows.slice(0, 3), ...data.rows.slice(3).reverse().slice(1)], lines: data.lines },
    };
    const { report } = importFromTool(wave2, { mapping: c.mapping! });
    expect(report.respondents).toBe(8);
    expect(report.reason).toBe('preset "qualtrics" named in the mapping');
  });
});

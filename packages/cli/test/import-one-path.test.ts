import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedArgs } from '../src/args';
import type { CliIo } from '../src/cli-io';
import { scoreSurveyInput } from '../src/input/score-survey-input';
import { tempDir } from './run-cli';

const tools = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'tools');

describe('relcap score input: core importSurvey decides the layout, the CLI chooses nothing', () => {
  it('scores a Qualtrics export with its mapping, prints core\'s tool report, and min-raters 1 shows the small tie', async () => {
    const dir = tempDir();
    copyFileSync(join(tools, 'qualtrics', 'numeric.csv'), join(dir, 'numeric.csv'));
    copyFileSync(join(tools, 'qualtrics', 'numeric.mapping.json'), join(dir, 'mapping.json'));
    let stderr = '';
    const io: CliIo = { stdout: { write: () => 0 }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir, isTTY: false };
    const args: ParsedArgs = { values: { mapping: 'mapping.json', 'min-raters': '1' }, positionals: [] };
    const { score, summary } = await scoreSurveyInput('relcap score', args, io, 'numeric.csv', 'en');
    expect(summary).toMatchObject({ tool: 'qualtrics', respondents: 9, answerCount: 189, missing: 7, encoding: 'utf-8', bom: true, delimiter: ',' });
    expect(stderr).toMatch(/^numeric\.csv: qualtrics /);
    // The mapping names the roles by key (roleValues), so they are shown so; the key is alongside.
    expect(summary.roleKeys).toContainEqual({ role: 'pædagog', key: 'pædagog' });
    // pædagog -> lærer: P1 4, P2 3 (P3 incomplete): (4 + 3) / 2 = 3.5, shown with minRaters 1.
    const tie = score.ties.find((t) => t.from === 'pædagog' && t.to === 'lærer')!;
    expect(tie.suppressed).toBe(false);
    expect(tie.rc).toBeCloseTo(3.5, 12);
  });
});

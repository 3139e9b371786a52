import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_BYTES } from '../../src/output/progress';
import { runCli, tempDir } from '../run-cli';
import { RC_KEYS } from '../survey-fixtures';

/**
 * Writes a long-format survey larger than the progress threshold: 12,000 respondents in three
 * roles, each rating the three roles with the value (respondent index mod 5) + 1 on every
 * dimension. Returns the file size in bytes.
 */
async function writeLargeSurvey(path: string): Promise<number> {
  const out = createWriteStream(path);
  const roles = ['Lærer', 'Pædagog', 'Sundhedsplejerske'];
  let bytes = 0;
  const write = async (s: string): Promise<void> => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('respondent_id,role,target_role,dimension,value\n');
  for (let r = 0; r < 12_000; r++) {
    let chunk = '';
    for (const target of roles) for (const d of RC_KEYS) chunk += `R${r},${roles[r % 3]},${target},${d},${(r % 5) + 1}\n`;
    await write(chunk);
  }
  out.end();
  await once(out, 'close');
  return bytes;
}

describe('relcap score on a large file', () => {
  it('score streams a file above the progress threshold; a progress bar is drawn on a terminal and cleared', async () => {
    const dir = tempDir();
    const size = await writeLargeSurvey(join(dir, 'stor.csv'));
    expect(size).toBeGreaterThan(PROGRESS_MIN_BYTES);
    const r = await runCli(['score', 'stor.csv', '--json'], { cwd: dir, isTTY: true, columns: 100 });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { respondents: number; ties: { n: number; rc: number }[] };
    expect(s.respondents).toBe(12_000);
    // 12,000 respondents in three roles: 4,000 raters per role, each rating every role, so n = 4000 per tie.
    expect(s.ties.every((t) => t.n === 4000)).toBe(true);
    expect(r.stderr).toMatch(/^\rreading \[[#.]+\] +\d+% /);
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('score draws no progress when stderr is not a terminal (pipes, CI)', async () => {
    const dir = tempDir();
    await writeLargeSurvey(join(dir, 'stor.csv'));
    const r = await runCli(['score', 'stor.csv', '--csv'], { cwd: dir, isTTY: false });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

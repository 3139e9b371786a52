// `relcap score --excel` read as a spreadsheet reads it: the content check always runs; the
// LibreOffice step (a real spreadsheet reader, Debian's libreoffice-calc-nogui, installed by
// .ci/run) runs where `soffice` is on the PATH.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../run-cli';
import { longCsv, ratingRows, writeText } from '../survey-fixtures';

const HAS_SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

interface Tie {
  from: string;
  to: string;
  rc: number | null;
  sd: number | null;
}

/** Æøå roles: three in Lærer rate Pædagog 4, 5, 3 and three in Pædagog rate Lærer 2, 3, 3. */
function survey(dir: string): string {
  const rows = [
    ...ratingRows('T1', 'Lærer', 'Pædagog', [4, 4, 4, 4, 4, 4, 4]),
    ...ratingRows('T2', 'Lærer', 'Pædagog', [5, 5, 5, 5, 5, 5, 5]),
    ...ratingRows('T3', 'Lærer', 'Pædagog', [3, 3, 3, 3, 3, 3, 3]),
    ...ratingRows('P1', 'Pædagog', 'Lærer', [2, 2, 2, 2, 2, 2, 2]),
    ...ratingRows('P2', 'Pædagog', 'Lærer', [3, 3, 3, 3, 3, 3, 3]),
    ...ratingRows('P3', 'Pædagog', 'Lærer', [3, 3, 3, 3, 3, 3, 3]),
  ];
  return writeText(dir, 'svar.csv', longCsv(rows));
}

describe('relcap score --excel', () => {
  it('score --excel --lang da writes UTF-8 with BOM, ";" and decimal commas, the same numbers as --json', async () => {
    const dir = tempDir();
    survey(dir);
    const r = await runCli(['score', 'svar.csv', '--excel', '--lang', 'da'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFfrom;to;within;n;')).toBe(true);
    const ties = (JSON.parse((await runCli(['score', 'svar.csv', '--json'], { cwd: dir })).stdout) as { ties: Tie[] }).ties;
    const lines = r.stdout.slice(1).split('\r\n');
    const pl = lines.find((l) => l.startsWith('Pædagog;'))!.split(';');
    // rc = (2 + 3 + 3) / 3 = 8/3, written with a decimal comma and quoted (it holds a comma)
    const rc = ties.find((t) => t.from === 'Pædagog')!.rc!;
    expect(rc).toBeCloseTo(8 / 3, 12);
    expect(pl[5]).toBe(`"${String(rc).replace('.', ',')}"`);
    expect(await runCli(['score', 'svar.csv', '--csv', '--lang', 'da'], { cwd: dir })).toMatchObject({ stdout: r.stdout });
    expect((await runCli(['score', 'svar.csv', '--csv'], { cwd: dir })).stdout.startsWith('from,to,')).toBe(true);
  });

  it.skipIf(!HAS_SOFFICE)('LibreOffice (Danish locale) reads the --excel --lang da file: æøå as text, RC as numbers', async () => {
    const dir = tempDir();
    survey(dir);
    const r = await runCli(['score', 'svar.csv', '--excel', '--lang', 'da', '--out', 'bånd.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const ties = (JSON.parse((await runCli(['score', 'svar.csv', '--json'], { cwd: dir })).stdout) as { ties: Tie[] }).ties;
    // CSV filter: separator 59 (;), quote 34 ("), UTF-8 (76), from line 1, language 1030 (Danish)
    const lo = spawnSync('soffice', ['--headless', '--infilter=CSV:59,34,76,1,,1030', '--convert-to', 'fods', '--outdir', join(dir, 'out'), join(dir, 'bånd.csv')], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    expect(lo.status, lo.stderr).toBe(0);
    const fods = readFileSync(join(dir, 'out', 'bånd.fods'), 'utf8');
    expect(fods).toContain('<text:p>Lærer</text:p>');
    expect(fods).toContain('<text:p>Pædagog</text:p>');
    // the spreadsheet holds numbers (office:value), not texts "2,666…"; it keeps 15 significant digits
    const floats = [...fods.matchAll(/office:value-type="float" office:value="([^"]+)"/g)].map((m) => Number(m[1]));
    for (const t of ties) {
      for (const v of [t.rc!, t.sd!]) expect(floats.some((f) => Math.abs(f - v) < 1e-13), String(v)).toBe(true);
    }
    expect(fods).not.toContain('table:formula');
  });
});

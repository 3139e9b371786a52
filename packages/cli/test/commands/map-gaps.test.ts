import { describe, expect, it } from 'vitest';
import { GAP_MAP, writeJson } from '../map-fixtures';
import { runCli, tempDir } from '../run-cli';

describe('relcap map gaps', () => {
  it('map gaps --json ranks the two absent relations to the isolated professional', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', GAP_MAP);
    const r = await runCli(['map', 'gaps', 'kort.json', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const gaps = JSON.parse(r.stdout) as { a: string; b: string; kind: string; componentsBefore: number; componentsAfter: number }[];
    // Lærer-Pædagog are tied; Tandplejer is alone: 2 components, and either new tie makes 1.
    expect(gaps.map((g) => [g.a, g.b, g.kind])).toEqual(
      expect.arrayContaining([
        ['l', 't', 'none'],
        ['p', 't', 'none'],
      ]),
    );
    expect(gaps).toHaveLength(2);
    expect(gaps.every((g) => g.componentsBefore === 2 && g.componentsAfter === 1)).toBe(true);
  });

  it('map gaps --limit 1 keeps the first gap and the table gives its reason in the chosen language', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', GAP_MAP);
    const r = await runCli(['map', 'gaps', 'kort.json', '--limit', '1', '--lang', 'da'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ingen relation');
    expect(r.stdout).toMatch(/^1\. .*Tandplejer har ingen relation på kortet\./m);
    expect(r.stdout).not.toMatch(/^2\. /m);
  });

  it('map gaps refuses --limit 0 as a usage error', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', GAP_MAP);
    const r = await runCli(['map', 'gaps', 'kort.json', '--limit', '0'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--limit must be a whole number >= 1');
  });
});

describe('relcap map gaps work budget', () => {
  it('map gaps --budget too small for the map says the ranking was cut short, in the table and on stderr with --json', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', GAP_MAP);
    const table = await runCli(['map', 'gaps', 'kort.json', '--budget', '1', '--lang', 'en'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Ranking cut short by the work budget: 0 of not counted');
    const json = await runCli(['map', 'gaps', 'kort.json', '--budget', '1', '--json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toContain('--budget');
    const full = await runCli(['map', 'gaps', 'kort.json', '--json'], { cwd: dir });
    expect(full.stderr).toBe('');
  });
});

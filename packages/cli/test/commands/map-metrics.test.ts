import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINE_MAP, writeJson } from '../map-fixtures';
import { runCli, tempDir } from '../run-cli';

interface MetricsJson {
  density: number;
  reciprocity: number;
  components: number;
  actors: { id: string; degree: number; betweenness: number; constraint: number | null; effectiveSize: number | null }[];
}

describe('relcap map metrics', () => {
  it('map metrics --json gives density and per actor degree, betweenness and constraint (hand-computed line of three)', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(['map', 'metrics', 'kort.json', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout) as MetricsJson;
    // Two mutual relations = 4 arcs among 3 actors: density 4 / (3 * 2).
    expect(m.density).toBeCloseTo(4 / 6, 10);
    expect(m.reciprocity).toBeCloseTo(1, 10);
    expect(m.components).toBe(1);
    const byId = Object.fromEntries(m.actors.map((a) => [a.id, a]));
    expect(byId.p?.degree).toBe(4); // in 2 + out 2
    expect(byId.l?.degree).toBe(2);
    // p lies on both shortest paths l->s and s->l; normalised by (n-1)(n-2) = 2: 2 / 2.
    expect(byId.p?.betweenness).toBeCloseTo(1, 10);
    expect(byId.l?.betweenness).toBeCloseTo(0, 10);
    // Burt: l has one contact (p_lp = 1, constraint 1); p has two unconnected equal contacts: 0.5^2 + 0.5^2.
    expect(byId.l?.constraint).toBeCloseTo(1, 10);
    expect(byId.p?.constraint).toBeCloseTo(0.5, 10);
  });

  it('map metrics prints a table with Danish labels aligned and a decimal comma with --lang da', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(['map', 'metrics', 'kort.json', '--lang', 'da'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tæthed 0,667, gensidighed 1,000, komponenter 1');
    const rows = r.stdout.split('\n').filter((l) => /^(Lærer|Pædagog|Sundhedsplejerske) /.test(l));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((l) => [...l].length)).size).toBe(1);
  });

  it('map metrics --out writes the document to a file relative to the working directory', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const r = await runCli(['map', 'metrics', 'kort.json', '--json', '--out', 'm.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8')) as MetricsJson).actors).toHaveLength(3);
  });
});

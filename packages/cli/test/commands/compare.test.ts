import { describe, expect, it } from 'vitest';
import { LINE_MAP, writeJson } from '../map-fixtures';
import { runCli, tempDir } from '../run-cli';
import { longCsv, ratingRows, teachersAndPedagogues, writeText } from '../survey-fixtures';

describe('relcap compare', () => {
  it('compare of two survey waves gives the change of each tie and of the network (hand-computed)', async () => {
    const dir = tempDir();
    writeText(dir, 'før.csv', longCsv(teachersAndPedagogues()));
    // After: the three teachers rate the pedagogues 5, 5, 5 (rc 5, sd 0): change 5 - 4 = +1.
    const after = ['T1', 'T2', 'T3'].flatMap((id) => ratingRows(id, 'Lærer', 'Pædagog', [5, 5, 5, 5, 5, 5, 5]));
    writeText(dir, 'efter.csv', longCsv(after));
    const r = await runCli(['compare', 'før.csv', 'efter.csv', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as {
      ties: { from: string; to: string; status: string; change: number | null }[];
      network: { rcUnweighted: { before: number; after: number; change: number } };
    };
    expect(c.ties.map((t) => [t.from, t.to, t.status])).toEqual([
      ['Lærer', 'Pædagog', 'both'],
      ['Pædagog', 'Lærer', 'vanished'],
    ]);
    expect(c.ties[0]?.change).toBeCloseTo(1, 10);
    expect(c.network.rcUnweighted.change).toBeCloseTo(1, 10);
  });

  it('compare pairs respondent ids that answered both waves: paired t interval, counted and printed (hand-computed)', async () => {
    const dir = tempDir();
    writeText(dir, 'før.csv', longCsv(teachersAndPedagogues()));
    // T1, T2, T3 rated the pedagogues 4, 5, 3 before and 5, 5, 5 after: differences 1, 0, 2,
    // mean 1, sd 1, t(0.975, 2) = 4.302652729911275: 1 ± 2.4841377 = -1.4841 .. 3.4841
    const after = ['T1', 'T2', 'T3'].flatMap((id) => ratingRows(id, 'Lærer', 'Pædagog', [5, 5, 5, 5, 5, 5, 5]));
    writeText(dir, 'efter.csv', longCsv(after));
    const json = await runCli(['compare', 'før.csv', 'efter.csv', '--json'], { cwd: dir });
    const c = JSON.parse(json.stdout) as {
      ties: { method: string | null; df: number | null; ci95: [number, number] | null; paired: { n: number; mean: number } | null }[];
      pairing: { checked: boolean; respondentsInBoth: number; pairedTies: number };
    };
    expect(c.ties[0]).toMatchObject({ method: 'paired', df: 2, paired: { n: 3, mean: 1 } });
    expect(c.ties[0]!.ci95![0]).toBeCloseTo(1 - 4.302652729911275 / Math.sqrt(3), 8);
    expect(c.pairing).toEqual({ checked: true, respondentsInBoth: 3, pairedTies: 1 });
    const text = await runCli(['compare', 'før.csv', 'efter.csv'], { cwd: dir });
    expect(text.stdout).toMatch(/^Lærer +Pædagog +both +4\.00 \(n=3\) +5\.00 \(n=3\) +\+1\.00 +-1\.48 - 3\.48 +paired \(n=3 \+1\.00 \[-1\.48; 3\.48\]\)$/m);
    expect(text.stdout).toContain('3 respondent ids answered both waves; 1 ties use paired differences.');
  });

  it('compare of two survey waves prints a table with before, after and change', async () => {
    const dir = tempDir();
    writeText(dir, 'a.csv', longCsv(teachersAndPedagogues()));
    writeText(dir, 'b.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['compare', 'a.csv', 'b.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Lærer +Pædagog +both +4\.00 \(n=3\) +4\.00 \(n=3\) +0\.00 /m);
    expect(r.stdout).toMatch(/^Pædagog +Lærer +suppressed +suppressed \(n=2\) +suppressed \(n=2\)$/m);
    expect(r.stdout).toContain('Network RC, unweighted: 4.00 -> 4.00 (0.00)');
  });

  it('compare of two rounds of a map lists the relations whose strength changed', async () => {
    const dir = tempDir();
    writeJson(dir, 'marts.json', LINE_MAP);
    const later = {
      ...LINE_MAP,
      relations: [
        { ...LINE_MAP.relations[0], strength: 'weak' },
        LINE_MAP.relations[1],
        { id: 'r9', source: 's', target: 'l', directed: false, kind: 'strength', strength: 'strong' },
      ],
    };
    writeJson(dir, 'september.json', later);
    const json = await runCli(['compare', 'marts.json', 'september.json', '--json'], { cwd: dir });
    expect(json.code).toBe(0);
    const c = JSON.parse(json.stdout) as { relations: { source: string; target: string; change: string }[]; counts: Record<string, number> };
    expect(c.relations.map((x) => [x.source, x.target, x.change])).toEqual([
      ['l', 'p', 'weaker'],
      ['p', 's', 'unchanged'],
      ['l', 's', 'appeared'],
    ]);
    const text = await runCli(['compare', 'marts.json', 'september.json', '--lang', 'da'], { cwd: dir });
    expect(text.stdout).toMatch(/^Lærer +Pædagog +<-> +stærk +svag +svagere$/m);
    expect(text.stdout).toMatch(/^Lærer +Sundhedsplejerske +<-> +stærk +ny$/m);
    expect(text.stdout).not.toMatch(/^Pædagog +Sundhedsplejerske/m); // unchanged relations are counted, not listed
  });

  it('compare of a map with a survey is a usage error', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    writeText(dir, 'svar.csv', longCsv(teachersAndPedagogues()));
    const r = await runCli(['compare', 'kort.json', 'svar.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kort.json is a map but svar.csv is a survey');
  });

  it('compare needs two files', async () => {
    const r = await runCli(['compare', 'a.csv'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing B');
  });
});

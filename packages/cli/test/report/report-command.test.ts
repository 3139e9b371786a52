// `relcap report` as users run it: the BUILT binary (packages/cli/dist/bin.js; `pnpm test` builds
// before vitest) spawned as a process. The command loads the visualizer's Node entry
// ('@relcap/visualizer/node'), which the in-process vitest aliases cannot resolve, so this is
// where the whole path (read, score, draw, render, write) is tested.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseXml, type XmlElement } from '@relcap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_ROWS, EARLIER_ROWS, longCsv, SCRIPT_ROLE } from './report-survey';

const BIN = join(__dirname, '..', '..', 'dist', 'bin.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run pnpm build (pnpm test does) before this test`);
  dir = mkdtempSync(join(tmpdir(), 'relcap-report-'));
  writeFileSync(join(dir, 'svar.csv'), longCsv(CURRENT_ROWS));
  writeFileSync(join(dir, 'forår.csv'), longCsv(EARLIER_ROWS));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, RELCAP_DEBUG: '' } });
const all = (e: XmlElement): XmlElement[] => [e, ...e.children.flatMap(all)];

describe('relcap report', () => {
  it('relcap report FILE --out writes one Danish HTML file with matrix, network and methods', () => {
    const r = run(['report', 'svar.csv', '--out', 'rapport.html']);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', '']);
    const html = readFileSync(join(dir, 'rapport.html'), 'utf8');
    const doc = parseXml(html);
    expect(doc.attrs.lang).toBe('da');
    const ids = all(doc).filter((e) => e.name === 'section').map((e) => e.attrs.id);
    expect(ids).toEqual(['matrix', 'network', 'summary', 'profiles', 'reliability', 'methods']);
    // The role network (report-survey.ts): 6 between-role ties drawn as edges, 3 of them suppressed
    // (`unknown`); Lærer -> Pædagog and Pædagog -> <script> moderate, Pædagog -> Lærer weak; the
    // within-Lærer tie (13/3, strong) is a ring around Lærer.
    const edges = all(doc).filter((e) => e.name === 'g' && e.attrs.class === 'relcap-edge');
    expect(edges.map((e) => e.attrs['data-style']).sort()).toEqual(['moderate', 'moderate', 'unknown', 'unknown', 'unknown', 'weak']);
    expect(all(doc).filter((e) => e.attrs.class === 'relcap-self-tie').map((e) => e.attrs['data-self-style'])).toEqual(['strong']);
    // Plain CSV input: individual ratings were kept, so ICC is computed (two units).
    expect(all(doc).filter((e) => e.name === 'tr' && 'data-unit' in e.attrs)).toHaveLength(2);
    expect(html).not.toMatch(/<script/i);
  });

  it('relcap report --lang en --compare EARLIER adds the comparison in English', () => {
    const r = run(['report', 'svar.csv', '--compare', 'forår.csv', '--lang', 'en', '--title', 'Spring & autumn <2026>', '--out', 'report.html']);
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Spring &amp; autumn &lt;2026&gt;</h1>');
    const doc = parseXml(html);
    const statuses = all(doc).filter((e) => e.name === 'tr' && 'data-status' in e.attrs).map((e) => e.attrs['data-status']);
    // Hand-counted in report-survey.ts: 3 shown in both, 1 new, 1 vanished, 3 suppressed in both.
    expect(statuses.filter((s) => s === 'both')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'appeared')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'vanished')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'suppressed_both')).toHaveLength(3);
  });

  it('relcap report without --out prints the HTML on stdout', () => {
    const r = run(['report', 'svar.csv', '--min-raters', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    // minRaters 1: nothing is suppressed, <script> -> Lærer shows (3 + 4) / 2 = 3,50.
    expect(r.stdout).not.toContain('data-suppressed');
    expect(r.stdout).toContain(`data-from="${SCRIPT_ROLE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}" data-to="Lærer"`);
  });

  it.each([
    [['report'], 2],
    [['report', 'svar.csv', '--lang', 'fr'], 2],
    [['report', 'svar.csv', '--min-raters', '0'], 2],
    [['report', 'missing.csv'], 3],
    [['report', 'svar.csv', '--compare', 'missing.csv'], 3],
  ])('relcap %j exits %i with a one-line message and writes nothing', (args, code) => {
    const r = run([...args, '--out', 'never.html']);
    expect(r.status).toBe(code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'never.html'))).toBe(false);
  });
});

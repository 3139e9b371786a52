// The survey analysis view in Debian's chromium: the example survey read in the worker gives
// the numbers core gives for the same file; a file with errors lists them by line and column (or
// stops at the first, strict); a 1,000,000-answer file is scored in the worker with progress while
// a click on the page is handled within 200 ms, and cancel stops it; a role named with markup
// stays text; axe-core finds no serious or critical violation. Needs `pnpm build`.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScorer, DEFAULT_BANDS, EXCEL_CSV, importSurvey, parseMapping, renderCsv, roleMatrix, roleMatrixTable, tableCellText } from '@relcap/core';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateLongSurvey } from '../../packages/core/bench/generate-long';
import type { RunningServer } from '../../packages/visualizer/scripts/serve.mjs';
import { seriousViolations } from './editor-helpers';
import { APP_ROOT, openPage, REPO, expectCleanAndClose, start, type WatchedPage } from './harness';

const tmp = mkdtempSync(join(tmpdir(), 'relcap-analytics-'));
const SHOTS = join(REPO, 'docs/screenshots');
mkdirSync(SHOTS, { recursive: true });
const EXAMPLE = join(REPO, 'examples/data/survey-example.csv');
let server: RunningServer;
let browser: Browser;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  ({ server, browser } = await start(APP_ROOT));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  for (const w of pages.splice(0)) {
    await expectCleanAndClose(w, server);
  }
});

/** A fresh profile with the app ready and the analysis view open. */
async function analytics(locale = 'da-DK'): Promise<WatchedPage> {
  const w = await openPage(browser, server.url, locale);
  pages.push(w);
  await w.page.waitForSelector('body[data-ready="true"]');
  await w.page.click('#tab-analytics');
  await w.page.waitForSelector('#survey-file');
  return w;
}

/** Long-format CSV of `roles` where every role rates every other with `raters` respondents each. */
function longCsv(roles: readonly string[], raters: number, value: (r: number, d: number) => string): string {
  const dims = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];
  const lines = ['respondent_id,respondent_role,target_role,dimension,value'];
  for (const [i, role] of roles.entries()) {
    for (let r = 0; r < raters; r++) {
      for (const target of roles) {
        if (target === role) continue;
        for (const [k, d] of dims.entries()) lines.push(`${i}-${r},"${role.replaceAll('"', '""')}",${target},${d},${value(r, k)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('the survey analysis view', () => {
  it('reads the example survey in the worker and shows the matrix core computes for the same file', async () => {
    const bytes = readFileSync(EXAMPLE);
    const scorer = createScorer({ minRaters: 3, bands: DEFAULT_BANDS, mode: 'lenient' });
    const summary = await importSurvey(new Uint8Array(bytes), { file: 'survey-example.csv', mode: 'lenient', onAnswer: (a) => scorer.add(a) });
    const score = scorer.finish();
    const m = roleMatrix(score);
    const { page } = await analytics();
    await page.setInputFiles('#survey-file', EXAMPLE);
    await page.waitForSelector('#role-matrix');
    expect(await page.textContent('#report-counts')).toContain(summary.answerCount.toLocaleString('da-DK'));
    let scored = 0;
    for (const [i, rater] of m.raters.entries()) {
      for (const [j, to] of m.rated.entries()) {
        const c = m.cells[i]![j]!;
        const td = page.locator(`#role-matrix tr[data-rater="${rater}"] td[data-to="${to}"]`);
        if (c.kind === 'none') {
          expect(await td.getAttribute('class')).toBe('cell-none');
          continue;
        }
        expect(await td.getAttribute('data-n')).toBe(String(c.tie.n));
        if (c.kind === 'suppressed') {
          expect(await td.getAttribute('class')).toBe('cell-suppressed');
          continue;
        }
        scored++;
        const text = tableCellText({ kind: 'number', value: c.tie.rc, score: true }, { lang: 'da', digits: 2, bands: DEFAULT_BANDS });
        expect(await td.locator('.cell-rc').textContent()).toBe(text);
        expect(await td.getAttribute('class')).toBe(`cell-${c.tie.band}`);
      }
    }
    expect(scored).toBeGreaterThan(10);
    // Focus on a scored cell shows its seven dimensions.
    const first = m.cells.flat().find((c) => c.kind === 'score');
    if (first?.kind !== 'score') throw new Error('no scored tie in the example');
    await page.focus(`#role-matrix tr[data-rater="${first.tie.from}"] td[data-to="${first.tie.to}"] button`);
    await expect.poll(() => page.locator('#tie-profile tbody tr').count()).toBe(7);
    expect(await page.locator('#tie-profile h3').textContent()).toContain(`${first.tie.from} → ${first.tie.to}`);
    // minRaters 50 rescores at once: more cells suppressed.
    const before = await page.locator('#role-matrix td.cell-suppressed').count();
    const rated = m.cells.flat().filter((c) => c.kind !== 'none').length;
    await page.fill('#min-raters', '50');
    await page.press('#min-raters', 'Tab');
    await expect.poll(() => page.locator('#role-matrix td.cell-suppressed').count()).toBe(rated);
    // A value core refuses is shown as core's error, not clamped.
    await page.fill('#min-raters', '0');
    await page.press('#min-raters', 'Tab');
    await page.waitForSelector('#scoring-failed');
    expect(await page.textContent('#scoring-failed code')).toMatch(/^RELCAP_/);
    await page.fill('#min-raters', '3');
    await page.press('#min-raters', 'Tab');
    await page.waitForSelector('#role-matrix');
    await expect.poll(() => page.locator('#role-matrix td.cell-suppressed').count()).toBe(before);
    // The matrix as Danish Excel CSV: exactly core's renderCsv of core's roleMatrixTable.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-matrix-csv')]);
    expect(readFileSync((await csv.path())!, 'utf8')).toBe(renderCsv(roleMatrixTable(score), { lang: 'da' }, EXCEL_CSV.da));
    await page.locator('#role-matrix').screenshot({ path: join(SHOTS, 'analytics-matrix.da.png') });
    await page.screenshot({ path: join(SHOTS, 'analytics.da.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ['microsoft-forms/forms.xlsx', 'microsoft-forms'],
    ['microsoft-forms/danish-excel-cp1252.csv', 'microsoft-forms'],
    ['surveyxact/surveyxact.xlsx', 'surveyxact'],
    ['qualtrics/choice-text.csv', 'qualtrics'],
  ])('reads the survey-tool export %s in the worker with the numbers core gives', async (name, tool) => {
    const path = join(REPO, 'tests/fixtures/tools', name);
    const scorer = createScorer({ minRaters: 3, bands: DEFAULT_BANDS, mode: 'lenient' });
    await importSurvey(new Uint8Array(readFileSync(path)), { file: name, mode: 'lenient', onAnswer: (a) => scorer.add(a) });
    const score = scorer.finish();
    const { page } = await analytics('en-GB');
    await page.setInputFiles('#survey-file', path);
    await page.waitForSelector('#role-matrix');
    expect(await page.textContent('#report-tool')).toBe(tool);
    const shown = await page.$$eval('#role-matrix td[data-rc]:not([data-rc=""])', (tds) => tds.map((td) => `${td.closest('tr')!.dataset.rater}>${td.dataset.to}=${td.dataset.rc}`));
    const expected = score.ties.filter((t) => !t.suppressed && t.rc !== null).map((t) => `${t.from}>${t.to}=${t.rc}`);
    expect(shown.sort()).toEqual(expected.sort());
  });

  it('maps the columns of an unrecognised file through the wizard by clicks, scores it as core does, and saves the mapping relcap reads', async () => {
    const path = join(REPO, 'tests/fixtures/tools/mystery/mystery.csv');
    const { page } = await analytics('en-GB');
    await page.setInputFiles('#survey-file', path);
    await page.waitForSelector('#scoring-failed');
    await page.click('#map-columns');
    await page.waitForSelector('#mapping-wizard');
    // Core's proposal is filled in: resp is the respondent id.
    expect(await page.locator('tr[data-column="resp"] .wizard-use').inputValue()).toBe('id');
    await page.selectOption('tr[data-column="grp"] .wizard-use', 'role');
    const dims = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];
    const roles = ['Lærer', 'Pædagog', 'Sundhedsplejerske'];
    const columns: Record<string, { dimension: string; target: string }> = {};
    for (const [i, d] of dims.entries()) {
      for (const [k, t] of roles.entries()) {
        const col = `x${String(i * 3 + k + 1).padStart(2, '0')}`;
        columns[col] = { dimension: d, target: t };
        const row = page.locator(`tr[data-column="${col}"]`);
        await row.locator('.wizard-use').selectOption('rating');
        await row.locator('.wizard-dimension').selectOption(d);
        await row.locator('.wizard-target').fill(t);
      }
    }
    await page.fill('#wizard-role-values', '1=lærer, 2=pædagog, 3=sundhedsplejerske');
    await page.fill('#wizard-missing', '9');
    await page.locator('#mapping-wizard').screenshot({ path: join(SHOTS, 'analytics-wizard.en.png') });
    expect(await seriousViolations(page)).toEqual([]);
    // Saved: the JSON relcap inspect writes (and --mapping reads).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#wizard-save')]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const mapping = { version: 1, tool: 'generic', respondentId: 'resp', respondentRole: 'grp', roleValues: { 1: 'lærer', 2: 'pædagog', 3: 'sundhedsplejerske' }, missingCodes: ['9'], columns, ignore: [] };
    expect(saved).toEqual(mapping);
    await page.click('#wizard-use');
    await page.waitForSelector('#role-matrix');
    // Core's parseMapping reads the saved file and scores the file to the same numbers.
    const scorer = createScorer({ minRaters: 3, bands: DEFAULT_BANDS, mode: 'lenient' });
    await importSurvey(new Uint8Array(readFileSync(path)), { file: 'mystery.csv', mode: 'lenient', mapping: parseMapping(JSON.stringify(saved)), missingCodes: ['9'], onAnswer: (a) => scorer.add(a) });
    const ties = scorer.finish().ties;
    const expected = ties.filter((t) => !t.suppressed && t.rc !== null).map((t) => `${t.from}>${t.to}=${t.rc}`);
    const shown = await page.$$eval('#role-matrix td[data-rc]:not([data-rc=""])', (tds) => tds.map((td) => `${td.closest('tr')!.dataset.rater}>${td.dataset.to}=${td.dataset.rc}`));
    expect(shown.sort()).toEqual(expected.sort());
    // L1 29/7, L2 4, L3 3 rate the pedagogues: (29/7 + 4 + 3) / 3 = 26/7 (tests/fixtures/tools/README.md).
    const tp = ties.find((t) => /lærer/i.test(t.from) && /pædagog/i.test(t.to));
    expect(tp?.rc).toBeCloseTo(26 / 7, 12);
    expect(shown).toContain(`${tp?.from}>${tp?.to}=${tp?.rc}`);
  });

  it('lists the problems of a file by line and column (lenient) and stops at the first (strict)', async () => {
    const text = longCsv(['Lærer', 'Pædagog'], 3, (r, d) => (r === 1 && d === 2 ? '7' : '4'));
    const lines = text.split('\n');
    const bad = lines.findIndex((l) => l.endsWith(',7')) + 1;
    const file = join(tmp, 'errors.csv');
    writeFileSync(file, text);
    const { page } = await analytics('en-GB');
    await page.setInputFiles('#survey-file', file);
    await page.waitForSelector('#problems');
    const rows = page.locator('#problems tbody tr');
    expect(await rows.count()).toBe(2);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual([String(bad), 'value', '7']);
    await page.screenshot({ path: join(SHOTS, 'analytics-problems.en.png'), fullPage: true });
    await page.selectOption('#import-mode', 'strict');
    await page.waitForSelector('#scoring-failed');
    expect(await page.textContent('#failed-line')).toBe(String(bad));
    expect(await page.textContent('#failed-column')).toBe('value');
    expect(await page.textContent('#failed-value')).toBe('7');
  });

  it('shows the change since an earlier wave: the delta per tie and the ties that appeared', async () => {
    const earlier = join(tmp, 'wave1.csv');
    const later = join(tmp, 'wave2.csv');
    writeFileSync(earlier, longCsv(['Lærer', 'Pædagog'], 3, () => '4'));
    writeFileSync(later, longCsv(['Lærer', 'Pædagog', 'Skoleleder'], 3, () => '2'));
    const { page } = await analytics('en-GB');
    await page.setInputFiles('#survey-file', later);
    await page.waitForSelector('#role-matrix');
    await page.setInputFiles('#earlier-file', earlier);
    await page.waitForSelector('#wave-table');
    const row = page.locator('#wave-table tbody tr', { has: page.locator('th', { hasText: /^Lærer$/ }) }).filter({ hasText: 'Pædagog' });
    // Every answer 4 before and 2 after: RC 4.00 -> 2.00, change -2.00 (sd 0 in both waves).
    const text = (await row.first().allTextContents()).join(' ');
    expect(text).toContain('4.00');
    expect(text).toContain('2.00');
    expect(text).toMatch(/[-−]2\.00/);
    expect(await page.locator('#ties-appeared li').allTextContents()).toEqual(expect.arrayContaining(['Lærer → Skoleleder', 'Skoleleder → Lærer', 'Pædagog → Skoleleder', 'Skoleleder → Pædagog']));
    expect(await page.locator('#ties-vanished li').count()).toBe(0);
    await page.locator('#wave-view').screenshot({ path: join(SHOTS, 'analytics-wave.en.png') });
  });

  it('keeps a survey in IndexedDB, finds it after a reload, opens it and deletes it for good', async () => {
    const w = await analytics('en-GB');
    const { page } = w;
    await page.setInputFiles('#survey-file', EXAMPLE);
    await page.waitForSelector('#role-matrix');
    await page.click('#keep-survey');
    await page.waitForSelector('#kept-surveys li');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#tab-analytics');
    await page.waitForSelector('#kept-surveys li .kept-name');
    expect(await page.locator('#kept-surveys .kept-name').allTextContents()).toEqual(['survey-example.csv']);
    await page.click('#kept-surveys .open-kept');
    await page.waitForSelector('#role-matrix');
    await page.click('#kept-surveys .delete-kept');
    await expect.poll(() => page.locator('#kept-surveys li').count()).toBe(0);
    const left = await page.evaluate(
      () =>
        new Promise<number>((ok, fail) => {
          const req = indexedDB.open('relcap-surveys');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('surveys').objectStore('surveys').count();
            all.onsuccess = () => {
              req.result.close();
              ok(all.result);
            };
          };
        }),
    );
    expect(left).toBe(0);
  });

  it('keeps a role named with markup as text', async () => {
    const evil = '<img src=x onerror="window.pwned=1">';
    const file = join(tmp, 'markup.csv');
    writeFileSync(file, longCsv([evil, 'Lærer'], 3, () => '4'));
    const { page } = await analytics();
    await page.setInputFiles('#survey-file', file);
    await page.waitForSelector('#role-matrix');
    expect(await page.locator('#role-matrix img, #roles-table img').count()).toBe(0);
    expect(await page.locator('#role-matrix thead th').allTextContents()).toContain(evil);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('scores 1,000,000 answers in the worker with progress while a click is handled within 200 ms, and cancel stops a run', async () => {
    const file = join(tmp, 'long-1m.csv');
    await generateLongSurvey(file, 1_000_000);
    const { page } = await analytics('en-GB');
    // The page records how long after the input event each click on the heading was handled.
    await page.evaluate(() => {
      const w = window as { clicks?: { delay: number; running: boolean }[] };
      w.clicks = [];
      document.getElementById('analytics-heading')!.addEventListener('click', (ev) => {
        w.clicks!.push({ delay: performance.now() - ev.timeStamp, running: document.getElementById('scoring-bar') !== null });
      });
    });
    // Every frame, the page notes the progress bar's value while it is shown.
    await page.evaluate(() => {
      const w = window as { seen?: number[] };
      w.seen = [];
      const look = (): void => {
        const bar = document.getElementById('scoring-bar') as HTMLProgressElement | null;
        if (bar !== null && w.seen!.at(-1) !== bar.value) w.seen!.push(bar.value);
        requestAnimationFrame(look);
      };
      look();
    });
    await page.setInputFiles('#survey-file', file);
    await page.waitForSelector('#scoring-bar');
    // Clicks on the page while the worker reads (each handled in the page, its delay measured there).
    for (let i = 0; i < 1000 && (await page.locator('#scoring-bar').count()) === 1; i++) await page.click('#analytics-heading');
    const clicks = await page.evaluate(() => (window as { clicks?: { delay: number; running: boolean }[] }).clicks ?? []);
    const during = clicks.filter((c) => c.running);
    expect(during.length).toBeGreaterThan(0);
    expect(Math.max(...clicks.map((c) => c.delay))).toBeLessThan(200);
    await page.waitForSelector('#import-report', { timeout: 180_000 });
    expect(await page.textContent('#report-counts')).toContain('1,000,000 answers');
    const seen = await page.evaluate(() => (window as { seen?: number[] }).seen ?? []);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((v, i) => i === 0 || v > seen[i - 1]!)).toBe(true);
    // A second run, cancelled: the bar goes, the result never comes.
    await page.selectOption('#import-mode', 'strict');
    await page.waitForSelector('#scoring-cancel');
    await page.click('#scoring-cancel');
    await page.waitForSelector('#scoring-cancelled');
    expect(await page.locator('#scoring-bar').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await page.locator('#import-report').count()).toBe(0);
  }, 300_000);
});

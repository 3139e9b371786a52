// The team self-assessment in Debian's chromium, as a workshop runs it: a theme picked, five
// participants' ratings typed with the keyboard alone, three statements picked with a plan, saved
// (real IndexedDB), found again after a reload, a second round with changed ratings, the overlay
// and the change list, one A4 page per round in the PDF, exports, axe-core, and no request that
// leaves 127.0.0.1. Screenshots for the user guide go to docs/screenshots/. Needs `pnpm build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBuiltinTemplate, parseMap } from '@relcap/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../packages/visualizer/scripts/serve.mjs';
import { pdfPageCount, seriousViolations, tabTo } from './editor-helpers';
import { APP_ROOT, OUTPUT, openPage, REPO, expectCleanAndClose, start, type WatchedPage } from './harness';

const SHOTS = join(REPO, 'docs/screenshots');
mkdirSync(SHOTS, { recursive: true });

let server: RunningServer;
let browser: Browser;
let w: WatchedPage;

beforeAll(async () => {
  ({ server, browser } = await start(APP_ROOT));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await expectCleanAndClose(w, server);
});

const meetings = getBuiltinTemplate('meetings');
const statements = meetings.areas.flatMap((a) => a.statements);
/** Round one: participant i rates statement j (2i + 3j) mod 11, so statement 1 gets 0, 2, 4, 6, 8 (median 4). */
const round1 = (i: number, j: number): number => (2 * i + 3 * j) % 11;
/** Round two: the same, but statement 1 gets 5, 6, 7, 8, 9 (median 7: a change of +3). */
const round2 = (i: number, j: number): number => (j === 0 ? 5 + i : round1(i, j));

/** Types every rating with the keyboard only: digits, Enter down a participant's column, arrows to the next. */
async function typeRatings(page: Page, rating: (i: number, j: number) => number): Promise<void> {
  await tabTo(page, '#sa-cell-0-0');
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < statements.length; j++) {
      await page.keyboard.type(String(rating(i, j)));
      if (j < statements.length - 1) await page.keyboard.press('Enter');
    }
    if (i < 4) {
      await page.keyboard.press('ArrowRight');
      for (let j = 1; j < statements.length; j++) await page.keyboard.press('ArrowUp');
    }
  }
  await page.keyboard.press('ArrowUp');
}

const cellValues = (page: Page): Promise<string[][]> =>
  page.$$eval('#sa-grid tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('input.sa-cell')].map((c) => (c as HTMLInputElement).value)));
const expected = (rating: (i: number, j: number) => number): string[][] => statements.map((_, j) => [0, 1, 2, 3, 4].map((i) => String(rating(i, j))));
const saved = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => {
    const el = document.getElementById('sa-save-status');
    return el !== null && /Gemt|Saved/.test(el.textContent ?? '');
  });

describe('team self-assessment', () => {
  it('runs two rounds: theme, ratings by keyboard, three picks with a plan, save, reload, next round, overlay, change list, print, exports', async () => {
    w = await openPage(browser, server.url, 'da-DK');
    const { page } = w;
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#tab-assessment');
    await page.waitForSelector('#sa-theme-meetings');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'self-assessment-start.png') });
    await page.fill('#sa-count', '5');
    await page.click('#sa-theme-meetings');
    await page.waitForSelector('#sa-cell-0-0');
    expect(await page.locator('#sa-grid thead input.sa-name').count()).toBe(5);

    await typeRatings(page, round1);
    expect(await cellValues(page)).toEqual(expected(round1));
    // Statement 1: 0, 2, 4, 6, 8, so the web's accessible text gives median 4 (quartiles 2 and 6 by Tukey's hinges).
    expect(await page.locator('#sa-web').getAttribute('aria-label')).toContain(`${statements[0]!.text.da}: median 4 (2–6)`);
    // A rating outside the scale is refused with the located error; the cell keeps its value.
    await page.click('#sa-cell-0-0');
    await page.keyboard.type('11');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.locator('#error-text').textContent()).toMatch(/participants\[0\]\.ratings/);
    expect(await page.inputValue('#sa-cell-0-0')).toBe('0');
    await page.click('#error-close');
    // Undo and redo by keyboard: one step per cell.
    await page.focus('#sa-cell-1-0');
    await page.keyboard.type('9');
    await page.keyboard.press('ArrowUp');
    expect(await page.inputValue('#sa-cell-1-0')).toBe('9');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => (document.getElementById('sa-cell-1-0') as HTMLInputElement).value === '3');
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => (document.getElementById('sa-cell-1-0') as HTMLInputElement).value === '9');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => (document.getElementById('sa-cell-1-0') as HTMLInputElement).value === '3');
    // Names are optional: one named, the others numbered.
    await page.fill('#sa-name-p1', 'Anne');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('#sa-cell-0-0')?.getAttribute('aria-label')?.includes('Anne') === true);
    expect(await page.locator('#sa-cell-0-1').getAttribute('aria-label')).toContain('#2');

    // Each participant's points on request; the most-disagreed statements flagged.
    await page.check('#sa-show-points');
    await page.waitForFunction((n) => document.querySelectorAll('#sa-web .relcap-web-point').length === n, 5 * statements.length);
    expect(await page.locator('#sa-disagreement li').count()).toBe(3);
    expect(await page.locator('#sa-web .relcap-web-flagged').count()).toBe(3);

    // Three statements picked, a fourth refused; what the child and parents notice, what it takes, the plan.
    for (const n of [1, 2, 5]) await page.check(`#sa-pick-${n}`);
    expect(await page.locator('#sa-pick-3').isDisabled()).toBe(true);
    for (const [field, text] of [
      ['childAndParentsWillNotice', 'Forældrene ved, hvem der gør hvad'],
      ['whatItTakes', 'En fast mødeleder'],
      ['who', 'Skoleleder'],
      ['what', 'Dagsorden sendes ud'],
      ['when', 'Fra marts'],
    ] as const) {
      await page.fill(`#sa-pick-1-${field}`, text);
      await page.keyboard.press('Tab');
    }
    await saved(page);
    await page.$eval('.sa-grid-wrap', (el) => el.scrollTo(0, 0));
    await page.locator('section[aria-labelledby="sa-ratings-heading"]').screenshot({ path: join(SHOTS, 'self-assessment-ratings.png') });
    await page.locator('section[aria-labelledby="sa-web-heading"]').screenshot({ path: join(SHOTS, 'self-assessment-web.png') });
    await page.locator('section[aria-labelledby="sa-picks-heading"]').screenshot({ path: join(SHOTS, 'self-assessment-plan.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Reload: the round is found in the list of saved rounds and opens as it was.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#tab-assessment');
    await page.waitForSelector('#sa-saved li');
    expect(await page.locator('#sa-saved li').count()).toBe(1);
    expect(await page.locator('#sa-saved li').textContent()).toContain('De gode møder');
    await page.click('#sa-saved li .sa-open');
    await page.waitForSelector('#sa-cell-0-0');
    expect(await cellValues(page)).toEqual(expected(round1));
    expect(await page.inputValue('#sa-pick-1-when')).toBe('Fra marts');
    expect(await page.inputValue('#sa-name-p1')).toBe('Anne');

    // Round two: same statements and participants, empty ratings; new ratings by keyboard.
    await page.click('#sa-next-round');
    await page.waitForFunction(() => (document.getElementById('sa-label') as HTMLInputElement | null)?.value === 'Runde 2');
    expect((await cellValues(page)).flat().every((v) => v === '')).toBe(true);
    expect(await page.inputValue('#sa-name-p1')).toBe('Anne');
    await typeRatings(page, round2);
    expect(await cellValues(page)).toEqual(expected(round2));
    await page.check('#sa-pick-1');
    await page.fill('#sa-pick-1-who', 'Teamleder');
    await page.keyboard.press('Tab');
    await saved(page);
    // The overlay: two rounds, each in its own colour; the change list: statement 1 up by 3, the rest unchanged.
    expect(await page.locator('#sa-overlay .relcap-web-series').count()).toBe(2);
    const colours = await page.$$eval('#sa-overlay .relcap-web-line', (ps) => ps.map((p) => p.getAttribute('stroke')));
    expect(new Set(colours).size).toBe(2);
    const changes = await page.$$eval('#sa-changes tbody tr', (rows) => rows.map((r) => `${r.getAttribute('data-statement')} ${r.getAttribute('data-change')}`));
    expect(changes).toEqual(statements.map((s, j) => `${s.id} ${j === 0 ? 3 : 0}`));
    expect(await page.locator('#sa-changes tbody tr').first().locator('.sa-change').textContent()).toBe('+3');
    await page.locator('section[aria-labelledby="sa-rounds-heading"]').screenshot({ path: join(SHOTS, 'self-assessment-overlay.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Print: one A4 portrait page per round (595.28 x 841.89 pt).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(OUTPUT, 'self-assessment-print.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBe(2);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Number(box![1])).toBeCloseTo(595.28, 0);
    expect(Number(box![2])).toBeCloseTo(841.89, 0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sa-print-page').count()).toBe(2);
    expect(await page.locator('.sa-print-page').nth(0).textContent()).toContain('Fra marts');
    expect(await page.locator('#sa-grid').isVisible()).toBe(false);
    // The printed page at A4 width (96 dpi: 794 x 1123 px) for the guide.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.locator('.sa-print-page').nth(0).screenshot({ path: join(SHOTS, 'self-assessment-print.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.emulateMedia({ media: 'screen' });

    // Exports: CSV for Danish Excel (BOM, semicolons, one row per participant and statement), SVG of the overlay.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#sa-export-csv')]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    writeFileSync(join(OUTPUT, 'self-assessment.csv'), csv);
    expect(csv.startsWith('\ufeffdate;template;participant_id;participant;area;statement_id;statement;rating')).toBe(true);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(1 + 5 * statements.length);
    expect(csv).toContain(`;Anne;Struktur og mødeledelse;${statements[0]!.id};`);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#sa-export-svg')]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg.match(/class="relcap-web-series"/g)).toHaveLength(2);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#sa-export-png')]);
    expect(readFileSync((await pngDownload.path())!).subarray(1, 4).toString('latin1')).toBe('PNG');

    // English throughout: the controls' accessible names change with the language.
    await page.selectOption('#lang-select', 'en');
    expect(await page.locator('#sa-cell-0-0').getAttribute('aria-label')).toMatch(/^Rating, Anne: 1\. /);
    expect(await page.locator('#sa-next-round').textContent()).toBe('Start the next round');
    expect(await seriousViolations(page)).toEqual([]);

    // The list has both rounds of the series; deleting one is for good (asked twice, in the page).
    await page.click('#sa-close');
    await page.waitForFunction(() => document.querySelectorAll('#sa-saved li').length === 2);
    await page.locator('#sa-saved li').nth(1).locator('.sa-delete').click();
    await page.locator('#sa-saved li').nth(1).locator('.sa-delete-confirm').click();
    await page.waitForFunction(() => document.querySelectorAll('#sa-saved li').length === 1);
  }, 180_000);

  it('starts from own statements (markup stays text), adds an area, and takes ratings by touch, one participant at a time', async () => {
    w = await openPage(browser, server.url, 'en-GB', { hasTouch: true });
    const { page } = w;
    await page.waitForSelector('body[data-ready="true"]');
    await page.tap('#tab-assessment');
    const markup = '<img src=x onerror=alert(1)>';
    await page.fill('#sa-count', '3');
    await page.fill('#sa-own-area', 'Our area');
    await page.fill('#sa-own-statement', markup);
    await page.tap('#sa-start-own');
    await page.waitForSelector('#sa-cell-0-0');
    expect(await page.locator('#sa-grid tbody th').first().textContent()).toContain(`1. ${markup}`);
    // The web wraps the label into lines (tspans): the text is there, as text.
    expect(await page.locator('#sa-web .relcap-web-labels text').first().textContent()).toContain('<img src=x');
    expect(await page.locator('#sa-view img').count()).toBe(0);
    await page.fill('#sa-add-area-title', 'Second area');
    await page.fill('#sa-add-area-statement', 'We laugh together.');
    await page.tap('#sa-add-area');
    await page.waitForSelector('#sa-cell-1-0');
    // One participant at a time (a tablet passed round): a single column, filled by tapping cells.
    await page.selectOption('#sa-show', 'p2');
    expect(await page.locator('#sa-grid thead input.sa-name').count()).toBe(1);
    await page.tap('#sa-cell-0-0');
    await page.keyboard.type('7');
    await page.tap('#sa-cell-1-0');
    await page.keyboard.type('3');
    await page.tap('#sa-grid thead th');
    await page.selectOption('#sa-show', 'all');
    expect(await cellValues(page)).toEqual([
      ['', '7', ''],
      ['', '3', ''],
    ]);
    expect(await page.locator('#sa-cell-0-1').getAttribute('aria-label')).toBe(`Rating, #2: 1. ${markup}`);
    expect(await seriousViolations(page)).toEqual([]);
    // The round as a file (the round format), opened again from the start screen; a damaged file is refused.
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.tap('#sa-export-json')]);
    const file = (await jsonDownload.path())!;
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 1, participants: [{ id: 'p1' }, { id: 'p2', ratings: { 'own-1': 7, 'own-2': 3 } }, { id: 'p3' }] });
    await page.tap('#sa-close');
    await page.setInputFiles('#sa-open-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "date": "2026-13-01"') });
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.locator('#error-text').textContent()).toMatch(/^The round could not be opened; nothing shown has changed: /);
    expect(await page.locator('#sa-cell-0-0').count()).toBe(0);
    await page.tap('#error-close');
    await page.setInputFiles('#sa-open-file', file);
    await page.waitForSelector('#sa-cell-1-1');
    expect(await cellValues(page)).toEqual([
      ['', '7', ''],
      ['', '3', ''],
    ]);
  }, 90_000);

  it('upgrades a version 1 database of an earlier app (maps only): the saved map stays and rounds are saved beside it', async () => {
    const map = parseMap(readFileSync(join(REPO, 'examples/maps/seeds-001-network-map.json'), 'utf8'), { file: 'seeds-001-network-map.json' });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
    // Before the app runs: the database as version 1 of the app left it, with one saved map.
    await context.addInitScript((record) => {
      const req = indexedDB.open('relcap', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('maps', { keyPath: 'id' }).createIndex('roundOf', 'roundOf');
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => db.close();
        const tx = db.transaction('maps', 'readwrite');
        tx.objectStore('maps').put(record);
        tx.oncomplete = () => db.close();
      };
    }, { id: 'old1', map: { ...map, title: 'Gammelt kort' }, updatedAt: '2026-01-01T00:00:00.000Z' });
    const page = await context.newPage();
    w = { page, requests: [], errors: [], dialogs: [] };
    page.on('request', (r) => w.requests.push(r.url()));
    page.on('pageerror', (e) => w.errors.push(String(e)));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#map-title').textContent()).toBe('Gammelt kort');
    await page.click('#tab-assessment');
    await page.click('#sa-theme-effect');
    await page.waitForSelector('#sa-cell-0-0');
    await saved(page);
    const stores = await page.evaluate(
      () =>
        new Promise<{ version: number; names: string[]; rounds: number; maps: number }>((ok) => {
          const req = indexedDB.open('relcap');
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(['maps', 'assessments']);
            const maps = tx.objectStore('maps').count();
            const rounds = tx.objectStore('assessments').count();
            tx.oncomplete = () => {
              ok({ version: db.version, names: [...db.objectStoreNames], rounds: rounds.result, maps: maps.result });
              db.close();
            };
          };
        }),
    );
    expect(stores).toEqual({ version: 2, names: ['assessments', 'maps'], rounds: 1, maps: 1 });
  }, 90_000);
});

// The editor's files, rounds and print in Debian's chromium: save a map to a *.relcap.json file
// and open it in a fresh browser profile; refuse a damaged file without touching the open map;
// save two rounds and compare them; print to PDF on one A4 landscape page. Needs `pnpm build`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAP_SCHEMA_VERSION, parseMap } from '@relcap/core';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../packages/visualizer/scripts/serve.mjs';
import { pdfPageCount, readSavedMaps } from './editor-helpers';
import { APP_ROOT, OUTPUT, openPage, REPO, expectCleanAndClose, start, type WatchedPage } from './harness';

const tmp = mkdtempSync(join(tmpdir(), 'relcap-editor-'));
// Each test is bounded at 90 s (the default 30 s is tight on a shared machine under load).
const SHOTS = join(REPO, 'docs/screenshots');
const XSS = '<img src=x onerror=alert(1)>';
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

/** A fresh browser profile (its own IndexedDB) with the app ready. Without the save picker, Save gives a download. */
async function fresh(locale = 'da-DK'): Promise<WatchedPage> {
  const w = await openPage(browser, 'about:blank', locale);
  pages.push(w);
  await w.page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await w.page.goto(server.url);
  await w.page.waitForSelector('body[data-ready="true"] g.relcap-node');
  return w;
}

describe('the editor with files, rounds and print', () => {
  it('saves a map to a file, opens it in a fresh browser profile, and refuses a damaged file leaving the map as it was', async () => {
    const a = (await fresh()).page;
    // r9 (missing) becomes strong, with an agreed action.
    await a.locator('g.relcap-edge[data-id="r9"]').click({ force: true });
    await a.click('#kind-strong');
    await a.fill('#action-what', 'Invitér til et besøg');
    await a.fill('#action-who', 'Pædagog');
    await a.click('#annotate-submit');
    await a.waitForSelector('#summary-actions li:has-text("Invitér til et besøg")');
    const [download] = await Promise.all([a.waitForEvent('download'), a.click('#save-file')]);
    expect(download.suggestedFilename()).toMatch(/\.relcap\.json$/);
    const file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const saved = parseMap(readFileSync(file, 'utf8'), { file });
    expect(saved.schemaVersion).toBe(MAP_SCHEMA_VERSION);
    const r9 = saved.relations.find((r) => r.id === 'r9')!;
    expect(r9.kind === 'strength' && r9.strength).toBe('strong');
    expect(r9.action).toEqual({ what: 'Invitér til et besøg', who: 'Pædagog' });

    // A fresh profile: nothing saved there; open the file.
    const b = (await fresh('en-GB')).page;
    await b.click('#tab-saved');
    await b.waitForSelector('#where-data');
    expect(await b.locator('#saved-list li').count()).toBe(0);
    await b.setInputFiles('#open-map', file);
    await b.waitForSelector('.app[data-view="edit"] g.relcap-edge[data-id="r9"][data-style="strong"]');
    expect(await b.locator('#map-title').textContent()).toBe(saved.title);
    expect(await b.locator('g.relcap-node').count()).toBe(saved.actors.length);
    expect(await b.locator('#summary-actions').textContent()).toContain('Invitér til et besøg');

    // A damaged copy (cut short) and one with a value the format refuses: each refused with where.
    const text = readFileSync(file, 'utf8');
    const cut = join(tmp, 'damaged.relcap.json');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const wrong = join(tmp, 'wrong-value.relcap.json');
    writeFileSync(wrong, text.replace('"strength": "weak"', '"strength": "strang"'));
    const undoBefore = await b.locator('#undo').isDisabled();
    for (const [path, where] of [
      [cut, /damaged\.relcap\.json:\d+/],
      [wrong, /wrong-value\.relcap\.json, at relations\[\d+\]\.strength: found "strang"/],
    ] as const) {
      await b.setInputFiles('#open-map', path);
      await b.waitForSelector('#error-banner:not([hidden])');
      expect(await b.locator('#error-text').textContent()).toMatch(where);
      expect(await b.locator('#map-title').textContent()).toBe(saved.title);
      expect(await b.locator('g.relcap-node').count()).toBe(saved.actors.length);
      expect(await b.locator('g.relcap-edge[data-id="r9"]').getAttribute('data-style')).toBe('strong');
      expect(await b.locator('#undo').isDisabled()).toBe(undoBefore);
      await b.click('#error-close');
    }
  }, 90_000);

  it('saves two rounds and lists the changed relations in the comparison, with an SVG export in the two colours', async () => {
    const { page } = await fresh();
    await page.click('#tab-compare');
    await page.click('#save-round');
    await page.waitForFunction(() => document.querySelectorAll('#compare-before option').length === 2);
    // Between the rounds: r9 missing -> strong, r3 weak -> missing, r8 (stressful) removed, a new relation.
    await page.click('#tab-child');
    await page.locator('g.relcap-edge[data-id="r9"]').click({ force: true });
    await page.click('#kind-strong');
    await page.locator('g.relcap-edge[data-id="r3"]').click({ force: true });
    await page.click('#kind-missing');
    await page.locator('g.relcap-edge[data-id="r8"]').click({ force: true });
    await page.click('#relation-remove');
    await page.click('g.relcap-node[data-id="tandplejer"]');
    await page.selectOption('#connect-target', 'psykolog');
    await page.click('#connect-submit');
    await page.waitForSelector('g.relcap-edge[data-source="tandplejer"][data-target="psykolog"]');
    await page.click('#tab-compare');
    await page.click('#save-round');
    await page.waitForFunction(() => document.querySelectorAll('#compare-before option').length === 3);
    const ids = await page.$$eval('#compare-before option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption('#compare-before', ids[0]!);
    await page.selectOption('#compare-after', ids[1]!);
    await page.waitForSelector('#change-list li');
    const changes = await page.$$eval('#change-list li', (lis) => lis.map((li) => `${li.getAttribute('data-change')} ${li.getAttribute('data-source')}-${li.getAttribute('data-target')}`));
    expect(changes.sort()).toEqual(['appeared psykolog-tandplejer', 'stronger paedagog-sundhedsplejerske', 'vanished laerer-socialraadgiver', 'weaker barn-sundhedsplejerske'].sort());
    await page.screenshot({ path: join(SHOTS, 'editor-compare.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    writeFileSync(join(OUTPUT, 'editor-compare.svg'), svg);
    expect(svg).toContain('#1f4e9c');
    expect(svg).toContain('#d9730d');
  }, 90_000);

  it('lists the saved maps to reopen, rename, duplicate and delete for good, and shows notes as text', async () => {
    const { page } = await fresh();
    // An edit makes the example a saved map; a note with markup stays text.
    await page.locator('g.relcap-edge[data-id="r4"]').click({ force: true });
    await page.fill('#action-what', XSS);
    await page.click('#annotate-submit');
    await page.waitForFunction((x) => document.querySelector('#summary-actions')?.textContent?.includes(x), XSS);
    expect(await page.locator('#summary img, .app img').count()).toBe(0);
    await page.waitForFunction(() => document.getElementById('app')!.dataset.savedRevision === document.getElementById('app')!.dataset.revision);
    await page.click('#tab-saved');
    await page.waitForSelector('#saved-list li');
    expect(await page.locator('#where-data').textContent()).toContain('IndexedDB');
    await page.fill('#saved-list li >> nth=0 >> .saved-title', 'Barn B, forår');
    await page.press('#saved-list li >> nth=0 >> .saved-title', 'Enter');
    await page.click('#saved-list li >> nth=0 >> .saved-duplicate');
    await page.waitForFunction(() => document.querySelectorAll('#saved-list li').length === 2);
    const titles = await page.$$eval('#saved-list .saved-title', (els) => els.map((e) => (e as HTMLInputElement).value).sort());
    expect(titles).toEqual(['Barn B, forår', 'Barn B, forår (2)']);
    // Delete for good asks once more, then the record is gone from IndexedDB.
    const order = await page.$$eval('#saved-list .saved-title', (els) => els.map((e) => (e as HTMLInputElement).value));
    const copy = page.locator('#saved-list li').nth(order.indexOf('Barn B, forår (2)'));
    await copy.locator('.saved-delete').click();
    await copy.locator('.saved-delete-confirm').click();
    await page.waitForFunction(() => document.querySelectorAll('#saved-list li').length === 1);
    const stored = await readSavedMaps(page);
    expect(stored.map((m) => m.map.title)).toEqual(['Barn B, forår']);
    // Export all: one JSON file with every saved map.
    const [all] = await Promise.all([page.waitForEvent('download'), page.click('#export-all')]);
    const backup = JSON.parse(readFileSync((await all.path())!, 'utf8')) as { maps: { map: { title: string } }[] };
    expect(backup.maps.map((m) => m.map.title)).toEqual(['Barn B, forår']);
    // Reopen it.
    await page.click('#saved-list li >> nth=0 >> .saved-open');
    await page.waitForSelector('.app[data-view="edit"] g.relcap-node');
    expect(await page.locator('#map-title').textContent()).toBe('Barn B, forår');
  }, 90_000);

  it('prints the map on one A4 landscape page with its legend, pseudonym and date', async () => {
    const { page } = await fresh();
    for (const [name, setup] of [
      ['map', async () => {}],
      ['names hidden', async () => page.check('#hide-names')],
    ] as const) {
      await setup();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(join(OUTPUT, `editor-print-${name.replace(' ', '-')}.pdf`), pdf);
      expect(pdfPageCount(pdf), name).toBe(1);
      // A4 landscape: 297 x 210 mm = 841.89 x 595.28 pt.
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(Number(box![1])).toBeCloseTo(841.89, 0);
      expect(Number(box![2])).toBeCloseTo(595.28, 0);
    }
    // What the print shows (print media): the legend, the footer with the date, no controls.
    await page.uncheck('#hide-names');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.relcap-legend').isVisible()).toBe(true);
    expect(await page.locator('.print-footer').textContent()).toContain(new Date().toISOString().slice(0, 10));
    expect(await page.locator('.print-footer').textContent()).toContain('Netværkskort: eksempel med otte aktører');
    expect(await page.locator('#open-map-label').isVisible()).toBe(false);
  });
});

// The workshop editor in Debian's chromium, as a workshop uses it: a map made from scratch with
// the mouse and again with the keyboard only, relations rated, the coordinator set, undo/redo,
// a reload that finds everything (real IndexedDB), axe-core on each view. Screenshots for the
// user guide go to docs/screenshots/. Needs `pnpm build`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../packages/visualizer/scripts/serve.mjs';
import { readSavedMaps, seriousViolations, tabTo } from './editor-helpers';
import { APP_ROOT, openPage, REPO, expectCleanAndClose, start, type WatchedPage } from './harness';

// Each test is bounded at 90 s (the default 30 s is tight on a shared machine under load).
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

const ready = async (locale = 'da-DK'): Promise<WatchedPage> => {
  w = await openPage(browser, server.url, locale);
  await w.page.waitForSelector('body[data-ready="true"]');
  return w;
};
const count = (sel: string): Promise<number> => w.page.locator(sel).count();
const node = (id: string): string => `g.relcap-node[data-id="${id}"]`;
const waitCount = (sel: string, n: number): Promise<unknown> => w.page.waitForFunction(([s, k]) => document.querySelectorAll(s as string).length === k, [sel, n] as const);

describe('the workshop editor', () => {
  it('makes a map from scratch with the mouse: actors, tap-tap, drag, kinds, rating, coordinator, action, undo/redo, reload', async () => {
    const { page } = await ready();
    await page.click('#tab-saved');
    await page.click('#new-type-child');
    await page.fill('#new-title', 'Barn A');
    await page.click('#new-create');
    await waitCount('g.relcap-node', 1);
    expect(await page.locator('#map-title').textContent()).toBe('Barn A');
    // From the catalogue, searched as you type, in Danish and in English.
    await page.fill('#profession-search', 'lær');
    await page.click('.profession-option >> nth=0');
    await page.fill('#profession-search', 'pedag');
    expect(await page.locator('.profession-option').first().textContent()).toContain('Pædagog');
    await page.click('.profession-option >> nth=0');
    await page.fill('#profession-search', 'psyk');
    await page.click('.profession-option:has-text("PPR-psykolog")');
    await page.fill('#custom-name', 'Mormor');
    await page.selectOption('#custom-kind', 'family');
    await page.click('#custom-add');
    await waitCount('g.relcap-node', 5);
    // Tap-tap: tap Lærer, Connect, tap Pædagog: a linking state is visible in between.
    await page.click(node('lærer'));
    await page.click('#actor-connect');
    await page.waitForSelector('.map-canvas[data-linking="true"] g.relcap-node[data-linking="true"]');
    expect(await page.locator('#linking-status').isVisible()).toBe(true);
    await page.click(node('pædagog'));
    await waitCount('g.relcap-edge', 1);
    await page.click('#kind-weak');
    await page.waitForSelector('g.relcap-edge[data-style="weak"]');
    // Tapping A again cancels a started connection.
    await page.click(node('barn'));
    await page.click('#actor-connect');
    await page.click(node('barn'));
    await page.waitForSelector('#linking-status', { state: 'detached' });
    // Barn - Lærer, Barn - Mormor, Lærer - Psykolog (missing); two relations between one pair are allowed.
    for (const [a, b] of [['barn', 'lærer'], ['barn', 'mormor'], ['lærer', 'psykolog'], ['lærer', 'pædagog']]) {
      await page.click(node(a!));
      await page.click('#actor-connect');
      await page.click(node(b!));
    }
    await waitCount('g.relcap-edge', 5);
    await page.click('#kind-stressful');
    await page.waitForSelector('g.relcap-edge[data-style="stressful"]');
    const missing = page.locator('g.relcap-edge[data-source="lærer"][data-target="psykolog"]');
    await missing.click({ force: true });
    await page.click('#kind-missing');
    await page.waitForSelector('g.relcap-edge[data-style="missing"]');
    // Drag Mormor: one undo step, committed on release.
    const before = await page.locator(node('mormor')).boundingBox();
    await page.mouse.move(before!.x + before!.width / 2, before!.y + before!.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(before!.x + before!.width / 2 - 12 * i, before!.y + before!.height / 2 + 10 * i);
    await page.mouse.up();
    await page.waitForFunction(() => (document.querySelector('#undo') as HTMLButtonElement).disabled === false);
    // Rate the Barn - Lærer relation on the seven dimensions (all 5: strong).
    await page.locator('g.relcap-edge[data-source="barn"][data-target="lærer"]').click({ force: true });
    for (const key of ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect']) await page.selectOption(`#rate-${key}`, '5');
    await page.click('#rate-submit');
    await page.waitForFunction(() => document.querySelector('g.relcap-edge[data-source="barn"][data-target="lærer"]')?.getAttribute('data-style') === 'strong');
    // The agreed action shows in the summary.
    await page.fill('#action-what', 'Månedligt opkald');
    await page.fill('#action-who', 'Lærer');
    await page.fill('#action-when', '2026-05');
    await page.click('#annotate-submit');
    await page.waitForSelector('#summary-actions li:has-text("Månedligt opkald")');
    // The coordinator warning goes when Lærer is made coordinator.
    expect(await count('#summary-warnings li[data-code="RELCAP_MAP_NO_COORDINATOR"]')).toBe(1);
    await page.click(node('lærer'));
    await page.click('#actor-coordinator');
    await page.waitForSelector(`${node('lærer')}[data-coordinator="true"]`);
    expect(await count('#summary-warnings li[data-code="RELCAP_MAP_NO_COORDINATOR"]')).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'editor-map.png') });
    // Undo and redo: buttons and keys.
    await page.click('#undo');
    await page.waitForSelector(`${node('lærer')}[data-coordinator="false"]`);
    await page.click('#redo');
    await page.waitForSelector(`${node('lærer')}[data-coordinator="true"]`);
    await page.locator('body').press('Control+z');
    await page.waitForSelector(`${node('lærer')}[data-coordinator="false"]`);
    await page.locator('body').press('Control+Shift+z');
    await page.waitForSelector(`${node('lærer')}[data-coordinator="true"]`);
    // Autosaved to IndexedDB (the status says so); a reload finds everything.
    await page.waitForFunction(() => {
      const app = document.getElementById('app')!;
      return app.dataset.savedRevision === app.dataset.revision;
    });
    expect(await page.locator('#save-status').textContent()).toBe('Gemt i browseren');
    const saved = await readSavedMaps(page);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.map.actors.find((a) => a.id === 'lærer')?.coordinator).toBe(true);
    expect(saved[0]!.map.relations).toHaveLength(5);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"] g.relcap-node');
    expect(await page.locator('#map-title').textContent()).toBe('Barn A');
    expect(await count('g.relcap-node')).toBe(5);
    expect(await count('g.relcap-edge')).toBe(5);
    expect(await count(`${node('lærer')}[data-coordinator="true"]`)).toBe(1);
    for (const [style, n] of Object.entries({ strong: 2, weak: 1, missing: 1, stressful: 1 })) expect(await count(`g.relcap-edge[data-style="${style}"]`), style).toBe(n);
    expect(await page.locator('#summary-actions').textContent()).toContain('Månedligt opkald');
  }, 90_000);

  it('makes a map with the keyboard only: new map, add, connect, kind, direction, coordinator, undo/redo', async () => {
    const { page } = await ready('en-GB');
    const key = (k: string): Promise<void> => page.keyboard.press(k);
    await tabTo(page, '#tab-saved');
    await key('Enter');
    // A radio group is one Tab stop; the arrow keys choose within it.
    await tabTo(page, '#new-type-child');
    await key('ArrowDown');
    expect(await page.isChecked('#new-type-network')).toBe(true);
    await tabTo(page, '#new-title');
    await page.keyboard.type('Team Nord');
    await key('Enter');
    await page.waitForSelector('#map-title:has-text("Team Nord")');
    expect(await count('g.relcap-node')).toBe(0);
    // A: the profession search; type, Enter adds the first match and keeps the focus there.
    await page.locator('body').focus();
    await key('a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('profession-search');
    for (const q of ['teacher', 'social worker', 'pedagogue']) {
      await page.keyboard.type(q);
      await page.waitForSelector('.profession-option');
      await key('Enter');
    }
    await waitCount('g.relcap-node', 3);
    // Connect Teacher -> Social worker: Tab to the actor, Enter selects, C starts, Tab to the other, Enter.
    await tabTo(page, node('lærer'));
    await key('Enter');
    await key('c');
    await page.waitForSelector('#linking-status');
    await tabTo(page, node('socialrådgiver'));
    await key('Enter');
    await waitCount('g.relcap-edge', 1);
    // The new relation is selected: 3 = missing, D = directed.
    await key('3');
    await page.waitForSelector('g.relcap-edge[data-style="missing"]');
    await key('d');
    await page.waitForFunction(() => document.querySelector('#dir-forward')?.getAttribute('aria-pressed') === 'true');
    // A second relation from the actor panel's "Connect to" list.
    await tabTo(page, node('pædagog'));
    await key('Enter');
    await tabTo(page, '#connect-target');
    await page.keyboard.type('T');
    await tabTo(page, '#connect-submit');
    await key('Enter');
    await waitCount('g.relcap-edge', 2);
    await page.locator('body').focus();
    await key('2');
    await page.waitForSelector('g.relcap-edge[data-style="weak"]');
    // K: coordinator; Ctrl+Z / Ctrl+Shift+Z. (Social worker comes before Pedagogue: Shift+Tab.)
    await tabTo(page, node('socialrådgiver'), 'Shift+Tab');
    await key('Enter');
    await key('k');
    await page.waitForSelector(`${node('socialrådgiver')}[data-coordinator="true"]`);
    await key('Control+z');
    await page.waitForSelector(`${node('socialrådgiver')}[data-coordinator="false"]`);
    await key('Control+Shift+z');
    await page.waitForSelector(`${node('socialrådgiver')}[data-coordinator="true"]`);
    // Delete removes the selected actor with its relations; undo brings both back.
    await tabTo(page, node('pædagog'));
    await key('Enter');
    await key('Delete');
    await waitCount('g.relcap-node', 2);
    expect(await count('g.relcap-edge')).toBe(1);
    await key('Control+z');
    await waitCount('g.relcap-edge', 2);
    expect(await count('g.relcap-node')).toBe(3);
    // English labels throughout.
    expect(await page.locator('#undo').textContent()).toBe('Undo');
  }, 90_000);

  it('connects by touch (tap, Connect, tap) and by dragging from the connect handle', async () => {
    // A tablet: a touch screen (the harness's page has none).
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK', hasTouch: true });
    const page = await context.newPage();
    w = { page, requests: [], errors: [], dialogs: [] };
    page.on('request', (r) => w.requests.push(r.url()));
    page.on('pageerror', (e) => w.errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') w.errors.push(m.text());
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"] g.relcap-node');
    const before = await count('g.relcap-edge');
    // Touch: tap Tandplejer, tap Connect, tap Skoleleder.
    await page.tap(node('tandplejer'));
    await page.tap('#actor-connect');
    await page.tap(node('skoleleder'));
    await waitCount('g.relcap-edge', before + 1);
    expect(await count('g.relcap-edge[data-source="tandplejer"][data-target="skoleleder"]')).toBe(1);
    // Mouse: drag from the "+" handle of the selected actor onto another actor.
    await page.click(node('sundhedsplejerske'));
    const port = await page.locator('.relcap-port').boundingBox();
    const target = await page.locator(node('psykolog')).boundingBox();
    await page.mouse.move(port!.x + port!.width / 2, port!.y + port!.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(port!.x + ((target!.x + target!.width / 2 - port!.x) * i) / 6, port!.y + ((target!.y + target!.height / 2 - port!.y) * i) / 6);
    await page.mouse.up();
    await waitCount('g.relcap-edge', before + 2);
    expect(await count('g.relcap-edge[data-source="sundhedsplejerske"][data-target="psykolog"]')).toBe(1);
    // Both are one undo step each.
    await page.click('#undo');
    await page.click('#undo');
    await waitCount('g.relcap-edge', before);
  }, 90_000);

  it('passes axe-core (no serious or critical violations) on each view, in Danish and English', async () => {
    const { page } = await ready();
    const views: [string, string][] = [
      ['edit', '#tab-child'],
      ['roles', '#tab-roles'],
      ['saved', '#tab-saved'],
      ['compare', '#tab-compare'],
    ];
    const found: string[] = [];
    for (const lang of ['da', 'en']) {
      await page.selectOption('#lang-select', lang);
      for (const [name, tab] of lang === 'da' ? views : views.slice(0, 2)) {
        await page.click(tab);
        await page.waitForSelector(`.app[data-view="${name}"]`);
        if (name === 'edit') await page.click(node('laerer'));
        found.push(...(await seriousViolations(page)).map((v) => `${lang} ${name}: ${v}`));
        if (name === 'saved' && lang === 'da') await page.screenshot({ path: join(SHOTS, 'editor-saved.png') });
      }
    }
    // The relation panel too.
    await page.click('#tab-child');
    await page.locator('g.relcap-edge[data-id="r1"]').click({ force: true });
    await page.waitForSelector('#rate-frequency');
    found.push(...(await seriousViolations(page)).map((v) => `relation panel: ${v}`));
    // Presentation mode: large labels, the map alone.
    await page.click('#presentation');
    await page.waitForSelector('body.presentation');
    found.push(...(await seriousViolations(page)).map((v) => `presentation: ${v}`));
    await page.screenshot({ path: join(SHOTS, 'editor-presentation.png') });
    expect(found).toEqual([]);
  }, 90_000);
});

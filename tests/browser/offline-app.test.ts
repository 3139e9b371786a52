// The app as users without Node.js get it (`pnpm build:app`, docs/offline.md), in Debian's
// chromium with the network off: relcap.html opened from disk (file://) draws the example map,
// keeps an edit across a reload in IndexedDB and asks for nothing but itself; the intranet folder,
// loaded once from a server, still opens and keeps an edit after the server is gone.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../packages/visualizer/scripts/browser.mjs';
import { startServer } from '../../packages/visualizer/scripts/serve.mjs';
import { readSavedMaps } from './editor-helpers';
import { REPO } from './harness';

const SINGLE = join(REPO, 'packages/app/dist-single/relcap.html');
const OFFLINE = join(REPO, 'packages/app/dist-offline');
const tmp = mkdtempSync(join(tmpdir(), 'relcap-offline-'));

let browser: Browser;
beforeAll(async () => {
  for (const f of [SINGLE, join(OFFLINE, 'sw.js')]) {
    if (!existsSync(f)) throw new Error(`offline tests: ${f} is missing; run \`pnpm build:app\` first (\`pnpm test\` does).`);
  }
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What a context saw: every request (pages and workers), console errors, page errors. */
interface Seen {
  readonly requests: string[];
  readonly errors: string[];
}
function watch(context: BrowserContext, page: Page): Seen {
  const seen: Seen = { requests: [], errors: [] };
  context.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return seen;
}

const EXAMPLE_ACTORS = 8;
const ready = (page: Page): Promise<unknown> => page.waitForSelector('body[data-ready="true"] g.relcap-node');
const nodes = (page: Page): Promise<number> => page.locator('g.relcap-node').count();

/** Adds an own actor to the open map and waits until the autosave has written it. */
async function addActor(page: Page, name: string): Promise<void> {
  const before = await nodes(page);
  await page.fill('#custom-name', name);
  await page.click('#custom-add');
  await page.waitForFunction((n) => document.querySelectorAll('g.relcap-node').length === n, before + 1);
  await page.waitForFunction(() => {
    const app = document.getElementById('app');
    return app !== null && app.dataset.savedRevision === app.dataset.revision;
  });
}
const hasActor = async (page: Page, name: string): Promise<boolean> => (await readSavedMaps(page)).some((m) => m.map.actors.some((a) => (a as { label?: string }).label === name));

describe('relcap.html from disk', () => {
  it('draws the example, keeps an edit across a reload, requests nothing but itself', async () => {
    // A "downloaded" copy in a folder of its own, opened by its file:// URL.
    mkdirSync(join(tmp, 'Overførsler'));
    const file = join(tmp, 'Overførsler', 'relcap.html');
    copyFileSync(SINGLE, file);
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1400, height: 900 } });
    await context.setOffline(true);
    await context.route('**', (route) => (/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
    const page = await context.newPage();
    const seen = watch(context, page);
    await page.goto(url);
    await ready(page);
    expect(await nodes(page)).toBe(EXAMPLE_ACTORS);
    expect(await page.evaluate(() => location.protocol)).toBe('file:');
    await addActor(page, 'Mormor Æbelø');
    await page.reload();
    await ready(page);
    expect(await nodes(page)).toBe(EXAMPLE_ACTORS + 1);
    expect(await page.locator('g.relcap-node', { hasText: 'Mormor Æbelø' }).count()).toBe(1);
    expect(await hasActor(page, 'Mormor Æbelø')).toBe(true);
    // The file itself, once per load; data: and blob: stay in the page.
    expect(seen.requests.filter((u) => !/^(data|blob):/.test(u))).toEqual([url, url]);
    // A CSP violation (a blocked inline script, style or worker) would be a console error.
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('carries its policy: one hashed inline script, nothing from any origin', () => {
    const html = readFileSync(SINGLE, 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(csp).not.toMatch(/'self'|https?:|'unsafe-eval'/);
    // Script elements, each to its closing tag (a `<script>` string inside the bundled code, such
    // as core-js's, is text of the one element, not an element of its own).
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')).not.toMatch(/<script\b/);
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*\bhref="(?!data:)/);
  });

  it('shares its saved maps with every file opened from disk in the same Chromium profile (docs/offline.md)', async () => {
    const [a, b] = ['a', 'b'].map((d) => {
      mkdirSync(join(tmp, d));
      copyFileSync(SINGLE, join(tmp, d, 'relcap.html'));
      return pathToFileURL(join(tmp, d, 'relcap.html')).href;
    }) as [string, string];
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(a);
    await ready(page);
    await addActor(page, 'Grandmother');
    // Another copy, in another folder: Chromium gives every file:// page one origin.
    const other = await context.newPage();
    await other.goto(b);
    await ready(other);
    expect(await other.evaluate(() => location.origin)).toBe('file://');
    expect(await hasActor(other, 'Grandmother')).toBe(true);
    await context.close();
  });
});

describe('the intranet folder (dist-offline)', () => {
  it('after one load, opens and keeps an edit with the server stopped and the network off', async () => {
    const server = await startServer({ port: 0, root: OFFLINE });
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const seen = watch(context, page);
    await page.goto(server.url);
    await ready(page);
    // The service worker has precached the app and controls the page (clients.claim()).
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const manifest = await page.evaluate(async () => (await fetch('./manifest.json')).json());
    expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual(['./icon.svg', './icon-192.png', './icon-512.png']);
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    expect(await nodes(page)).toBe(EXAMPLE_ACTORS);
    await addActor(page, 'Mormor Æbelø');
    await page.reload();
    await ready(page);
    expect(await nodes(page)).toBe(EXAMPLE_ACTORS + 1);
    expect(await hasActor(page, 'Mormor Æbelø')).toBe(true);
    expect(seen.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});

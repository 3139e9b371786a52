// Shared set-up of the browser tests: the built app served by serve.mjs on 127.0.0.1 (port 0),
// Debian's chromium through playwright-core, and a page that records every request, console
// error and dialog so each test can assert that nothing left localhost and nothing failed.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../../packages/visualizer/scripts/browser.mjs';
import { type RunningServer, startServer } from '../../packages/visualizer/scripts/serve.mjs';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const APP_ROOT = join(REPO, 'packages/app/dist');
export const OUTPUT = join(REPO, 'tests/.output');

/** Fails with a clear message when the app or the library has not been built. */
export function requireBuild(): void {
  for (const f of ['packages/app/dist/index.html', 'packages/visualizer/dist/relcap-visualizer.standalone.js']) {
    if (!existsSync(join(REPO, f))) throw new Error(`browser tests: ${f} is missing; run \`pnpm build\` first (\`pnpm test\` does).`);
  }
  mkdirSync(OUTPUT, { recursive: true });
}

/** A page with what it saw: requests, console errors, page errors and dialogs. */
export interface WatchedPage {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
}

export async function openPage(browser: Browser, url: string, locale = 'da-DK', options: { readonly hasTouch?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale, acceptDownloads: true, hasTouch: options.hasTouch ?? false });
  const page = await context.newPage();
  const watched: WatchedPage = { page, requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => watched.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(m.text());
  });
  page.on('pageerror', (e) => watched.errors.push(String(e)));
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  return watched;
}

/** Every request went to the test server (or stayed in the page as data: / blob:). */
export function foreignRequests(w: WatchedPage, server: RunningServer): string[] {
  return w.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export async function start(root: string): Promise<{ server: RunningServer; browser: Browser }> {
  requireBuild();
  const server = await startServer({ port: 0, root });
  const browser = await launchChromium();
  return { server, browser };
}

/** Counts pixels of a PNG (decoded in the page's canvas) that are not white, and distinct colours. */
export async function pngStats(page: Page, png: Buffer): Promise<{ width: number; nonWhite: number; colours: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let nonWhite = 0;
    const colours = new Set<number>();
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
      if (r < 245 || g < 245 || b < 245) nonWhite++;
      colours.add((r << 16) | (g << 8) | b);
    }
    return { width: c.width, nonWhite, colours: colours.size };
  }, png.toString('base64'));
}

/**
 * The check every browser test ends with: no request left the test server, no console error, no
 * dialog; then the page's browser context is closed.
 */
export async function expectCleanAndClose(w: WatchedPage, server: RunningServer): Promise<void> {
  expect(foreignRequests(w, server)).toEqual([]);
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
  await w.page.context().close();
}

// The WebGL view in real headless Chromium (software WebGL): a generated 500-actor municipality
// network is laid out, drawn, screenshotted and destroyed. Screenshot: tests/.output/webgl-render.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePage, launchChromium, serveStatic } from '../../packages/visualizer/bench/browser-harness';
import type { RenderReport } from './webgl-fixtures/page';
import { decodePng } from './webgl-fixtures/png';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(here, '..', '.output');
const pageOut = join(outDir, 'webgl-page');

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  await bundlePage(join(here, 'webgl-fixtures'), pageOut);
  const server = await serveStatic(pageOut);
  close = server.close;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => 'relcapWebglTest' in window);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
});

describe('createWebglRenderer in Chromium', () => {
  let report: RenderReport;

  it('draws a generated 500-actor network with WebGL contexts and every node and edge', async () => {
    report = await page.evaluate(() => window.relcapWebglTest.render(500, 3000, 11));
    expect(report.nodes).toBe(500);
    expect(report.edges).toBe(3000);
    // sigma's layers: WebGL for edges and nodes, 2D canvases for labels and hovers.
    expect(report.webglContexts).toBeGreaterThanOrEqual(2);
  });

  it('the screenshot is not blank: many non-background pixels in several distinct colours', async () => {
    const png = await page.locator('#map').screenshot();
    writeFileSync(join(outDir, 'webgl-render.png'), png);
    const { width, height, data } = decodePng(png);
    let inked = 0;
    const colours = new Set<number>();
    for (let i = 0; i < width * height; i++) {
      const [r, g, b] = [data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!];
      if (r < 245 || g < 245 || b < 245) {
        inked++;
        // Quantised to 32 levels per channel so anti-aliasing does not count as a colour.
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
      }
    }
    // 500 nodes of ~6 px radius alone cover ~50,000 px of 760,000; edges add more.
    expect(inked / (width * height)).toBeGreaterThan(0.05);
    // Line styles (blue, green, orange, wine, grey) and sector fills: well over 8 quantised colours.
    expect(colours.size).toBeGreaterThan(8);
  });

  it('exportPng draws the view at the asked scale', async () => {
    const width = await page.evaluate(() => window.relcapWebglTest.exportPngSize(2));
    // 1000 CSS px wide view, scale 2, device pixel ratio 1: 2000 px.
    expect(width).toBe(2000);
  });

  it('hovering and clicking a node emit hover and select with its id', async () => {
    const at = await page.evaluate(() => window.relcapWebglTest.nodeOnPage('p1'));
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.waitForFunction(() => window.relcapWebglTest.events().includes('hover:p1'));
    await page.mouse.click(at!.x, at!.y);
    await page.waitForFunction(() => window.relcapWebglTest.events().includes('select:p1'));
    // Off the network (top-left corner of the view is empty padding) leaves the node.
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => window.relcapWebglTest.events().includes('hover:null'));
    const png = await page.locator('#map').screenshot();
    writeFileSync(join(outDir, 'webgl-render-selected.png'), png);
  });

  it('the ForceAtlas2 worker (built from a blob under the strict CSP) moves nodes until stopped', async () => {
    await page.evaluate(() => window.relcapWebglTest.startLayout());
    // Most of the 500 nodes move once the worker has sent its first positions back.
    await page.waitForFunction(() => window.relcapWebglTest.moved() > 400, undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => window.relcapWebglTest.stopLayout())).toEqual({ runningBeforeStop: true, runningAfterStop: false });
  });

  it('selecting a node and clearing it again causes no errors', async () => {
    await page.evaluate(() => window.relcapWebglTest.select('p1'));
    await page.evaluate(() => window.relcapWebglTest.select(null));
    expect(errors).toEqual([]);
  });

  it('update() draws a new scene in the same canvases', async () => {
    const before = await page.evaluate(() => document.querySelectorAll('#map canvas').length);
    const after = await page.evaluate(() => window.relcapWebglTest.update(120, 400, 2));
    expect(after).toMatchObject({ nodes: 120, edges: 400, canvases: before });
    expect(errors).toEqual([]);
  });

  it('destroy() twice is fine and removes every canvas', async () => {
    const result = await page.evaluate(() => window.relcapWebglTest.destroyTwice());
    expect(result).toEqual({ canvasesAfter: 0, threw: false });
    expect(errors).toEqual([]);
  });
});

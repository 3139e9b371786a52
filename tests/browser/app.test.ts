// The app behind `pnpm start`, in Debian's chromium: the example map, the gaps toggle, a
// screenshot, labels as text, the CSP's promise that nothing leaves localhost, malformed files,
// and the role network. Needs `pnpm build` (run by `pnpm test`).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findGaps, parseMap, parseSurvey, scoreAnswers } from '@relcap/core';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../packages/visualizer/scripts/serve.mjs';
import { APP_ROOT, OUTPUT, openPage, pngStats, REPO, expectCleanAndClose, start, type WatchedPage } from './harness';

const exampleText = readFileSync(join(REPO, 'examples/maps/seeds-001-network-map.json'), 'utf8');
const example = parseMap(exampleText);
const tmp = mkdtempSync(join(tmpdir(), 'relcap-browser-'));
const XSS = '<img src=x onerror=alert(1)>';

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
  // Every test: no request left 127.0.0.1, no console error, no dialog.
  await expectCleanAndClose(w, server);
});

const ready = async (): Promise<WatchedPage> => {
  w = await openPage(browser, server.url);
  await w.page.waitForSelector('body[data-ready="true"] g.relcap-node');
  return w;
};
const count = (sel: string): Promise<number> => w.page.locator(sel).count();

describe('the app', () => {
  it('the app renders the example map with 8 actors and its relations per style', async () => {
    await ready();
    expect(await count('g.relcap-node')).toBe(8);
    // Counted by hand from examples/maps/seeds-001-network-map.json (see the unit test):
    // strong r1 r2 r5 r6 r12, moderate r11 (mean 3.5), weak r3 r4 r7 r10, stressful r8, missing r9.
    const styles = { strong: 5, moderate: 1, weak: 4, stressful: 1, missing: 1, gap: 0, unknown: 0 };
    for (const [style, n] of Object.entries(styles)) expect(await count(`g.relcap-edge[data-style="${style}"]`), style).toBe(n);
    expect(await count('g.relcap-node[data-coordinator="true"]')).toBe(1);
    expect(await w.page.locator('.relcap-legend').isVisible()).toBe(true);
    expect(await w.page.locator('#map-title').textContent()).toBe(example.title);
    // The server sends the policy too.
    const res = await w.page.request.get(server.url);
    expect(res.headers()['content-security-policy']).toContain("default-src 'self'");
  });

  it('the gaps toggle adds exactly the findGaps pairs', async () => {
    await ready();
    expect(await count('g.relcap-edge[data-gap="true"]')).toBe(0);
    await w.page.check('#gaps-toggle');
    const pairs = await w.page.$$eval('g.relcap-edge[data-gap="true"]', (els) => els.map((e) => [e.getAttribute('data-source'), e.getAttribute('data-target')]));
    expect(pairs).toEqual(findGaps(example).map((g) => [g.a, g.b]));
    expect(pairs).toHaveLength(14);
    expect(await count('g.relcap-edge[data-gap="false"]')).toBe(12);
    expect(await w.page.locator('.relcap-gaps li').count()).toBe(14);
    await w.page.uncheck('#gaps-toggle');
    // The views render on the next frame: wait for the redraw, then count.
    await w.page.waitForFunction(() => document.querySelectorAll('g.relcap-edge[data-gap="true"]').length === 0);
    expect(await count('g.relcap-edge[data-gap="true"]')).toBe(0);
  });

  it('the app screenshot is not blank', async () => {
    await ready();
    const png = await w.page.screenshot({ path: join(OUTPUT, 'app-network-map.png') });
    const stats = await pngStats(w.page, png);
    // A blank page would be one colour; the map has fills, lines in 5 styles, text.
    expect(stats.width).toBe(1400);
    expect(stats.colours).toBeGreaterThan(50);
    expect(stats.nonWhite).toBeGreaterThan(1400 * 900 * 0.05);
  });

  it('the app shows a markup label as literal text, on screen and in the SVG export', async () => {
    await ready();
    const map = { ...JSON.parse(exampleText), title: 'XSS', actors: JSON.parse(exampleText).actors.map((a: { id: string }) => (a.id === 'laerer' ? { ...a, label: XSS } : a)) };
    const file = join(tmp, 'xss-map.json');
    writeFileSync(file, JSON.stringify(map));
    await w.page.setInputFiles('#open-map', file);
    await w.page.waitForFunction(() => document.querySelector('#map-title')?.textContent === 'XSS');
    const label = w.page.locator('g.relcap-node[data-id="laerer"] text.relcap-label');
    expect(await label.textContent()).toBe(XSS);
    expect(await w.page.locator('#map-host img').count()).toBe(0);
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('#export-svg')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    writeFileSync(join(OUTPUT, 'app-xss-export.svg'), svg);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
    // The exported SVG, opened as a document of its own, runs nothing either.
    await w.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('img, script, foreignObject') !== null) throw new Error('markup in export');
    }, svg);
  });

  it('the app keeps the current map and shows an error for a malformed map file', async () => {
    await ready();
    const broken = join(tmp, 'broken-map.json');
    writeFileSync(broken, '{ "schemaVersion": 1, "type": "child", "title": "x", "actors": [ }');
    await w.page.setInputFiles('#open-map', broken);
    await w.page.waitForSelector('#error-banner:not([hidden])');
    const text = await w.page.locator('#error-text').textContent();
    expect(text).toContain('broken-map.json');
    expect(await count('g.relcap-node')).toBe(8);
    expect(await w.page.locator('#map-title').textContent()).toBe(example.title);
    // A well-formed JSON that is not a valid map: same.
    const invalid = join(tmp, 'invalid-map.json');
    writeFileSync(invalid, JSON.stringify({ ...example, actors: [{ id: 'a', label: 'A', kind: 'alien' }] }));
    await w.page.setInputFiles('#open-map', invalid);
    await w.page.waitForFunction(() => document.querySelector('#error-text')?.textContent?.includes('invalid-map.json'));
    expect(await count('g.relcap-node')).toBe(8);
  });

  it('the app exports a PNG of the map', async () => {
    await ready();
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('#export-png')]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const stats = await pngStats(w.page, png);
    expect(stats.colours).toBeGreaterThan(20);
  });

  it('the app draws a role network with suppressed ties as unknown, not missing', async () => {
    await ready();
    await w.page.setInputFiles('#open-map', join(REPO, 'tests/fixtures/visualizer/role-network.json'));
    await w.page.waitForSelector('#tab-roles[aria-selected="true"]');
    await w.page.waitForSelector('g.relcap-edge[data-id="t5"]');
    expect(await count('g.relcap-node')).toBe(4);
    // t5 is suppressed (n = 2): unknown. t1 is the within-role tie: a ring on the node, no line.
    expect(await w.page.locator('g.relcap-edge[data-id="t5"]').getAttribute('data-style')).toBe('unknown');
    expect(await count('g.relcap-edge[data-style="missing"]')).toBe(0);
    expect(await w.page.locator('g.relcap-node[data-id="Lærer"] circle.relcap-self-tie').getAttribute('data-self-style')).toBe('strong');
    // Bands: t2 4.1 strong, t3 3.7 moderate, t4 3.1 weak, t6 3.3 weak.
    expect(await count('g.relcap-edge[data-style="strong"]')).toBe(1);
    expect(await count('g.relcap-edge[data-style="moderate"]')).toBe(1);
    expect(await count('g.relcap-edge[data-style="weak"]')).toBe(2);
    // The child map is still there on its tab.
    await w.page.click('#tab-child');
    await w.page.waitForFunction(() => document.querySelectorAll('g.relcap-node').length === 8);
  });

  it('the app opens with the role network of the example survey, suppressed ties as unknown', async () => {
    await ready();
    await w.page.click('#tab-roles');
    const score = scoreAnswers(parseSurvey(readFileSync(join(REPO, 'examples/data/survey-example.csv')), { file: 'survey-example.csv' }).answers);
    const between = score.ties.filter((t) => !t.within);
    await w.page.waitForFunction((n) => document.querySelectorAll('g.relcap-edge').length === n, between.length);
    expect(await count('g.relcap-node')).toBe(score.roles.length);
    const suppressed = between.filter((t) => t.suppressed).length;
    expect(suppressed).toBeGreaterThan(0);
    expect(await count('g.relcap-edge[data-style="unknown"]')).toBe(suppressed);
    expect(await count('g.relcap-edge[data-style="missing"]')).toBe(0);
    expect(await count('circle.relcap-self-tie')).toBe(score.ties.filter((t) => t.within).length);
  });

  it('the app turns a survey CSV into a role network with suppressed ties drawn as unknown', async () => {
    await ready();
    await w.page.setInputFiles('#open-survey', join(REPO, 'tests/fixtures/visualizer/survey-wide.csv'));
    await w.page.waitForSelector('#tab-roles[aria-selected="true"]');
    await w.page.waitForFunction(() => document.querySelectorAll('g.relcap-node').length === 3);
    // Expected from tests/fixtures/visualizer/README.md: strong 1, moderate 1, weak 2, unknown 2.
    const styles = { strong: 1, moderate: 1, weak: 2, unknown: 2, missing: 0 };
    for (const [style, n] of Object.entries(styles)) expect(await count(`g.relcap-edge[data-style="${style}"]`), style).toBe(n);
    const unknown = await w.page.$$eval('g.relcap-edge[data-style="unknown"]', (els) => els.map((e) => e.getAttribute('data-source')));
    expect(unknown).toEqual(['PPR-psykolog', 'PPR-psykolog']);
    const rings = await w.page.$$eval('circle.relcap-self-tie', (els) => els.map((e) => e.getAttribute('data-self-style')).sort());
    expect(rings).toEqual(['moderate', 'strong', 'unknown']);
    // A malformed survey leaves this role network in place.
    const bad = join(tmp, 'bad-survey.csv');
    writeFileSync(bad, 'respondent_id;rolle;frequency:Lærer\nR1;Pædagog;7\n');
    await w.page.setInputFiles('#open-survey', bad);
    await w.page.waitForSelector('#error-banner:not([hidden])');
    expect(await w.page.locator('#error-text').textContent()).toContain('bad-survey.csv');
    expect(await count('g.relcap-node')).toBe(3);
  });

  it('the app shows details with a radar chart when a rated relation is focused', async () => {
    await ready();
    await w.page.focus('g.relcap-edge[data-id="r11"]');
    await w.page.waitForSelector('.relcap-details svg.relcap-radar');
    const text = await w.page.locator('.relcap-details').textContent();
    expect(text).toContain('3,50');
    expect(text).toContain('4');
    expect(await w.page.locator('.relcap-details svg.relcap-radar line').count()).toBe(7);
  });

  it('the app switches to English', async () => {
    await ready();
    await w.page.selectOption('#lang-select', 'en');
    expect(await w.page.locator('g.relcap-node[data-id="laerer"] text.relcap-sublabel').textContent()).toBe('Teacher');
    expect(await w.page.locator('.relcap-legend').textContent()).toContain('Strong relation');
  });
});

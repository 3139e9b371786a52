// The self-assessment spider web in Debian's chromium: the Node SVG string opened from disk for
// each built-in template with every participant's points, measured with real fonts (every label
// inside the viewBox: nothing clipped), and the DOM renderer of the built library drawing the same
// element tree, with a label that looks like markup kept as text. Needs `pnpm build`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILTIN_TEMPLATES, createRound } from '@relcap/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpiderWeb, roundsToSpiderWebInput, spiderWebToSvgString } from '../../packages/visualizer/src/spider-web/index';
import { APP_ROOT, OUTPUT, openPage, start } from './harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof start>>['server'];
const dir = mkdtempSync(join(tmpdir(), 'relcap-web-'));

/** A round of five participants with ratings spread over the scale (row i, statement j: (3i + 5j) mod 11). */
const roundOf = (t: (typeof BUILTIN_TEMPLATES)[number]) =>
  createRound(t, {
    date: '2026-03-01',
    participants: [0, 1, 2, 3, 4].map((i) => ({
      id: `p${i + 1}`,
      ...(i === 0 ? { name: '<img src=x onerror=alert(1)>' } : {}),
      ratings: Object.fromEntries(t.areas.flatMap((a) => a.statements).map((s, j) => [s.id, (3 * i + 5 * j) % 11])),
    })),
  });

beforeAll(async () => {
  ({ server, browser } = await start(join(APP_ROOT, '..')));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('spider web in chromium', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('keeps every label of the %s template inside the viewBox, in Danish and English', async (id, t) => {
    for (const lang of ['da', 'en'] as const) {
      const file = join(dir, `${id}-${lang}.svg`);
      writeFileSync(file, spiderWebToSvgString(buildSpiderWeb(roundsToSpiderWebInput([roundOf(t)], { lang, participants: true }))));
      const w = await openPage(browser, pathToFileURL(file).href);
      const out = await w.page.evaluate(() => {
        const svg = document.querySelector('svg')!;
        const vb = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('text')].map((el) => {
          const b = el.getBBox();
          return { text: el.textContent, inside: b.x >= vb.x && b.y >= vb.y && b.x + b.width <= vb.x + vb.width && b.y + b.height <= vb.y + vb.height };
        });
      });
      expect(out.filter((o) => !o.inside)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.dialogs).toEqual([]);
      await w.page.context().close();
    }
  });

  it('draws two rounds in their own colours, with bands and the latest points (screenshot)', async () => {
    const t = BUILTIN_TEMPLATES[2]!;
    const first = roundOf(t);
    const second = createRound(t, {
      date: '2026-09-01',
      participants: first.participants.map((p) => ({ ...p, ratings: Object.fromEntries(Object.entries(p.ratings).map(([k, v]) => [k, v === null ? null : Math.min(10, v + 2)])) })),
    });
    const file = join(dir, 'two-rounds.svg');
    writeFileSync(file, spiderWebToSvgString(buildSpiderWeb(roundsToSpiderWebInput([first, second], { lang: 'da', participants: true })), { width: 900 }));
    const w = await openPage(browser, pathToFileURL(file).href);
    const png = await w.page.locator('svg').screenshot({ path: join(OUTPUT, 'spider-web.png') });
    const colours = await w.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      // The page is an SVG document: make an HTML canvas explicitly.
      const c = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
      [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      // Pixels close to the two series colours (#0072b2 and #d55e00), within 40 per channel.
      const near = (r: number, g: number, b: number, i: number) => Math.abs(d[i]! - r) < 40 && Math.abs(d[i + 1]! - g) < 40 && Math.abs(d[i + 2]! - b) < 40;
      let blue = 0;
      let orange = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (near(0, 114, 178, i)) blue++;
        if (near(213, 94, 0, i)) orange++;
      }
      return { blue, orange };
    }, png.toString('base64'));
    expect(colours.blue).toBeGreaterThan(100);
    expect(colours.orange).toBeGreaterThan(100);
    await w.page.context().close();
  });

  it('drawSpiderWeb draws the same tree into the DOM, labels as text', async () => {
    const w = await openPage(browser, `${server.url}/app/index.html`);
    const input = roundsToSpiderWebInput([roundOf(BUILTIN_TEMPLATES[2]!)], { lang: 'en', participants: true });
    const expected = spiderWebToSvgString(buildSpiderWeb(input));
    // A string, so the test runner does not rewrite the dynamic import.
    const got = (await w.page.evaluate(`(async () => {
      const lib = await import('/relcap-visualizer.standalone.js');
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      document.body.append(svg);
      lib.drawSpiderWeb(svg, lib.buildSpiderWeb(${JSON.stringify(input)}));
      return {
        lines: svg.querySelectorAll('line').length,
        points: svg.querySelectorAll('circle.relcap-web-point').length,
        imgs: document.querySelectorAll('svg img').length,
        titles: [...svg.querySelectorAll('circle.relcap-web-point title')].map((t) => t.textContent),
      };
    })()`)) as { lines: number; points: number; imgs: number; titles: string[] };
    expect(got.lines).toBe(7);
    expect(got.points).toBe(5 * 7);
    expect(got.imgs).toBe(0);
    expect(got.titles[0]).toBe('<img src=x onerror=alert(1)>: 0');
    expect(expected).not.toContain('<img');
    expect(w.dialogs).toEqual([]);
    await w.page.context().close();
  });
});

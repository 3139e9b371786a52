// `relcap figure` draws the same map as the app's "Save SVG": the app's export (d3 renderer in
// Debian's chromium) and the figure (sceneToSvgString in Node) of the example map are compared
// element by element: actors (id, shape, coordinator, position), relations (id, style, ends,
// line geometry) and legend rows. Needs `pnpm build` (run by `pnpm test`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMap } from '@relcap/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../packages/visualizer/scripts/serve.mjs';
import { mapFigureSvg } from '../../packages/cli/src/commands/figure-render';
import { APP_ROOT, OUTPUT, openPage, REPO, start } from './harness';

const example = parseMap(readFileSync(join(REPO, 'examples/maps/seeds-001-network-map.json'), 'utf8'));

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await start(APP_ROOT));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const attr = (tag: string, name: string): string => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** The drawing of an SVG export as comparable data. */
function drawing(svg: string): { nodes: string[]; edges: string[]; lines: string[]; legend: string[] } {
  const tags = (cls: string): string[] => [...svg.matchAll(new RegExp(`<[a-z]+ class="${cls}"[^>]*>`, 'g'))].map((m) => m[0]);
  return {
    nodes: tags('relcap-node').map((t) => ['data-id', 'data-shape', 'data-coordinator', 'transform'].map((a) => attr(t, a)).join(' ')),
    edges: tags('relcap-edge').map((t) => ['data-id', 'data-style', 'data-source', 'data-target'].map((a) => attr(t, a)).join(' ')),
    lines: tags('relcap-line').map((t) => attr(t, 'd')),
    legend: tags('relcap-legend-row').map((t) => attr(t, 'data-legend')),
  };
}

/**
 * Compares two lists of drawing strings: equal text between the numbers, numbers equal within
 * 0.006 (the string renderer writes 2 decimals, the browser's DOM keeps full precision).
 */
function expectSameDrawing(actual: readonly string[], expected: readonly string[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  const split = (s: string): string[] => s.split(/(-?\d+(?:\.\d+)?(?:e-?\d+)?)/);
  actual.forEach((s, i) => {
    const [x, y] = [split(s), split(expected[i]!)];
    expect(x.length, `${what}[${i}]: ${s} vs ${expected[i]}`).toBe(y.length);
    x.forEach((part, j) => {
      if (j % 2 === 1) expect(Math.abs(Number(part) - Number(y[j])), `${what}[${i}]: ${s} vs ${expected[i]}`).toBeLessThanOrEqual(0.006);
      else expect(part, `${what}[${i}]`).toBe(y[j]);
    });
  });
}

describe('relcap figure and the app', () => {
  it("relcap figure draws the example map as the app's Save SVG does (actors, relations, lines, legend)", async () => {
    const w = await openPage(browser, server.url);
    await w.page.waitForSelector('body[data-ready="true"] g.relcap-node');
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('#export-svg')]);
    const app = readFileSync((await download.path())!, 'utf8');
    await w.page.context().close();
    const figure = mapFigureSvg(example, 'da');
    writeFileSync(join(OUTPUT, 'app-export.svg'), app);
    writeFileSync(join(OUTPUT, 'figure.svg'), figure);
    const a = drawing(app);
    const f = drawing(figure);
    expect(f.nodes).toHaveLength(example.actors.length);
    expect(f.edges).toHaveLength(example.relations.length);
    expect(f.legend.length).toBeGreaterThan(3);
    expectSameDrawing(f.nodes, a.nodes, 'actors');
    expect(f.edges).toEqual(a.edges);
    expectSameDrawing(f.lines, a.lines, 'lines');
    expect(f.legend).toEqual(a.legend);
  });
});

// The HTML examples under examples/ (listed, not run, by scripts/run-examples.mjs), opened in
// Debian's chromium from the repository root, and the mountNetworkMap handle driven directly.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../packages/visualizer/scripts/serve.mjs';
import { foreignRequests, openPage, REPO, start, type WatchedPage } from './harness';

let server: RunningServer;
let browser: Browser;
let w: WatchedPage;

beforeAll(async () => {
  ({ server, browser } = await start(REPO));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  expect(foreignRequests(w, server)).toEqual([]);
  expect(w.errors).toEqual([]);
  await w.page.context().close();
});

/** Runs JavaScript in the page with the standalone library as `lib` (a string, so vitest leaves the import alone). */
const inPage = (body: string): Promise<unknown> =>
  w.page.evaluate(`(async () => { const lib = await import('/packages/visualizer/dist/relcap-visualizer.standalone.js');\n${body}\n})()`);

const embed = async (): Promise<WatchedPage> => {
  w = await openPage(browser, `${server.url}examples/embed/index.html`, 'en-GB');
  await w.page.waitForSelector('body[data-ready="true"] g.relcap-node');
  return w;
};

describe('examples/embed', () => {
  it('examples/embed renders the example map with the built library', async () => {
    await embed();
    expect(await w.page.locator('#map g.relcap-node').count()).toBe(8);
    expect(await w.page.locator('#map g.relcap-edge').count()).toBe(12);
    expect(await w.page.locator('#map g.relcap-node[data-id="laerer"] text.relcap-sublabel').textContent()).toBe('Teacher');
    await w.page.check('#gaps');
    expect(await w.page.locator('#map g.relcap-edge[data-gap="true"]').count()).toBe(14);
    await w.page.click('#map g.relcap-node[data-id="psykolog"]');
    expect(await w.page.locator('#status').textContent()).toBe('Selected actor psykolog');
  });
});

describe('mountNetworkMap in a page', () => {
  it('mountNetworkMap lets a user drag an actor, pins it and reports the changed map', async () => {
    await embed();
    const node = w.page.locator('#map g.relcap-node[data-id="tandplejer"]');
    const box = (await node.locator('path.relcap-shape').boundingBox())!;
    const edgeBefore = await w.page.locator('#map g.relcap-edge[data-id="r4"] path.relcap-line').getAttribute('d');
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 - 40, { steps: 8 });
    await w.page.mouse.up();
    await w.page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Moved: 1 pinned');
    expect(await node.getAttribute('data-pinned')).toBe('true');
    // The relation to the dragged actor follows it.
    expect(await w.page.locator('#map g.relcap-edge[data-id="r4"] path.relcap-line').getAttribute('d')).not.toBe(edgeBefore);
  });

  it('mountNetworkMap moves a focused actor with the arrow keys, pins it and reports the changed map', async () => {
    await embed();
    const node = w.page.locator('#map g.relcap-node[data-id="psykolog"]');
    const before = await node.getAttribute('transform');
    await node.focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Moved: 1 pinned');
    expect(await node.getAttribute('data-pinned')).toBe('true');
    const [x0, y0] = before!.match(/-?[\d.]+/g)!.map(Number);
    const [x1, y1] = (await node.getAttribute('transform'))!.match(/-?[\d.]+/g)!.map(Number);
    // One nudge: 10 scene units to the right (DEFAULT_MAP_VIEW_OPTIONS.nudgeStep).
    expect(x1! - x0!).toBeCloseTo(10, 9);
    expect(y1).toBe(y0);
  });

  it('mountNetworkMap destroy() twice is fine and removes its DOM and listeners', async () => {
    await embed();
    const result = await inPage(`
      const map = await (await fetch('/examples/maps/seeds-001-network-map.json')).json();
      const host = document.createElement('div');
      host.style.height = '500px';
      document.body.append(host);
      const handle = lib.mountNetworkMap(host, map, { lang: 'da' });
      const hovers = [];
      handle.on('hover', (t) => hovers.push(t));
      const before = host.querySelectorAll('g.relcap-node').length;
      const node = host.querySelector('g.relcap-node[data-id="laerer"]');
      node.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      const hoveredOnce = hovers.length;
      handle.destroy();
      handle.destroy();
      // After destroy: the DOM is gone, events no longer fire, update is a no-op.
      node.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      handle.update(map);
      let exportError = '';
      try {
        handle.exportSvg();
      } catch (e) {
        exportError = e.code ?? String(e);
      }
      return { before, hoveredOnce, hoversAfter: hovers.length, children: host.childElementCount, exportError };
    `);
    expect(result).toEqual({ before: 8, hoveredOnce: 1, hoversAfter: 1, children: 0, exportError: 'RELCAP_VIS_DESTROYED' });
  });

  it('mountNetworkMap update() with an invalid map throws and keeps the current map', async () => {
    await embed();
    const result = await inPage(`
      const map = await (await fetch('/examples/maps/seeds-001-network-map.json')).json();
      const host = document.createElement('div');
      document.body.append(host);
      const handle = lib.mountNetworkMap(host, map);
      let name = '';
      try {
        handle.update({ ...map, relations: [{ id: 'x', source: 'barn', target: 'nobody', directed: false, kind: 'strength', strength: 'weak' }] });
      } catch (e) {
        name = e.name;
      }
      const nodes = host.querySelectorAll('g.relcap-node').length;
      const edges = host.querySelectorAll('g.relcap-edge').length;
      handle.destroy();
      return { name, nodes, edges };
    `);
    expect(result).toEqual({ name: 'MapValidationError', nodes: 8, edges: 12 });
  });
});

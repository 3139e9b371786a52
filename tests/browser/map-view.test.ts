// createMapView in Debian's chromium, on a test page (tests/browser/pages/map-view.html) where a
// minimal owner turns the view's intents into the next scene and highlight: drag, tap-tap and
// handle connect, keyboard, touch, and incremental redraws counted with a MutationObserver.
// Needs `pnpm build` (run by `pnpm test`).
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

type Event = [string, Record<string, unknown> | null];
interface Mutation {
  readonly owner: string;
  readonly type: string;
  readonly attribute: string | null;
}

const open = async (query = '', touch = false): Promise<WatchedPage> => {
  w = await openPage(browser, `${server.url}tests/browser/pages/map-view.html${query}`, 'en-GB', { hasTouch: touch });
  await w.page.waitForSelector('body[data-ready="true"] g.relcap-node');
  return w;
};
const events = (): Promise<Event[]> => w.page.evaluate(() => (window as unknown as { viewTest: { events: Event[] } }).viewTest.events);
const named = async (name: string): Promise<Event[]> => (await events()).filter((e) => e[0] === name);
const clearEvents = (): Promise<void> => w.page.evaluate(() => void (window as unknown as { viewTest: { events: Event[] } }).viewTest.events.splice(0));
const centre = async (id: string): Promise<{ x: number; y: number }> => {
  const box = (await w.page.locator(`g.relcap-node[data-id="${id}"] path.relcap-shape`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
const view = <T>(body: string): Promise<T> => w.page.evaluate(`(() => { const t = window.viewTest; ${body} })()`) as Promise<T>;

describe('createMapView: pointer', () => {
  it('a drag emits move events, then exactly one moveEnd at the last position, and moves only the actor and its lines', async () => {
    await open();
    const c = await centre('tandplejer');
    const edgesOf = await w.page.$$eval('g.relcap-edge[data-source="tandplejer"], g.relcap-edge[data-target="tandplejer"]', (els) => els.map((e) => e.getAttribute('data-id')));
    await view('t.observe();');
    await w.page.mouse.move(c.x, c.y);
    await w.page.mouse.down();
    await w.page.mouse.move(c.x + 60, c.y - 40, { steps: 8 });
    const during = await view<Mutation[]>('return t.stop();');
    await w.page.mouse.up();
    const moves = await named('move');
    const ends = await named('moveEnd');
    expect(moves.length).toBeGreaterThanOrEqual(2);
    expect(ends).toHaveLength(1);
    expect(ends[0]?.[1]).toEqual(moves.at(-1)?.[1]);
    const order = (await events()).map((e) => e[0]).filter((n) => n === 'move' || n === 'moveEnd');
    expect(order.at(-1)).toBe('moveEnd');
    // During the drag the view touched the dragged actor's transform and its relations' paths, nothing else.
    const owners = new Set(during.map((m) => m.owner));
    const allowed = new Set(['actor:tandplejer', ...edgesOf.map((id) => `relation:${id}`), ...edgesOf.map((id) => `label:${id}`)]);
    expect([...owners].filter((o) => !allowed.has(o))).toEqual([]);
    expect(during.every((m) => m.type === 'attributes')).toBe(true);
    // The owner committed the position; the actor is drawn there.
    const end = ends[0]![1] as { x: number; y: number };
    const committed = await view<{ x: number; y: number }>(`const n = t.scene().nodes.find((m) => m.id === 'tandplejer'); return { x: n.x, y: n.y };`);
    expect(committed).toEqual({ x: end.x, y: end.y });
    expect(await w.page.locator('g.relcap-node[data-id="tandplejer"]').getAttribute('transform')).toBe(`translate(${end.x},${end.y})`);
    // Scene units: 60 px right and 40 px up on screen is a move right and up in the scene too.
    const start = (await named('move'))[0]![1] as { x: number; y: number };
    expect(end.x).toBeGreaterThan(start.x);
    expect(end.y).toBeLessThan(start.y);
  });

  it('tap-tap connects two actors; tapping the first again or Escape cancels the link', async () => {
    await open();
    await view('t.setOptions({ linkOnTap: true });');
    await w.page.click('g.relcap-node[data-id="laerer"] path.relcap-shape');
    expect(await w.page.locator('g.relcap-node[data-id="laerer"]').getAttribute('data-linking')).toBe('true');
    expect(await w.page.locator('.relcap-view-status').textContent()).toContain('Linking from');
    await w.page.click('g.relcap-node[data-id="tandplejer"] path.relcap-shape');
    expect(await named('connect')).toEqual([['connect', { source: 'laerer', target: 'tandplejer' }]]);
    expect(await w.page.locator('g.relcap-edge[data-id="new1"]').getAttribute('data-source')).toBe('laerer');
    expect(await w.page.locator('g.relcap-node[data-linking]').count()).toBe(0);
    // Tap A, tap A again: cancelled, nothing connected.
    await clearEvents();
    await w.page.click('g.relcap-node[data-id="psykolog"] path.relcap-shape');
    expect(await w.page.locator('g.relcap-node[data-id="psykolog"]').getAttribute('data-linking')).toBe('true');
    await w.page.click('g.relcap-node[data-id="psykolog"] path.relcap-shape');
    expect(await w.page.locator('g.relcap-node[data-linking]').count()).toBe(0);
    // Tap A, Escape: cancelled.
    await w.page.click('g.relcap-node[data-id="psykolog"] path.relcap-shape');
    await w.page.keyboard.press('Escape');
    expect(await w.page.locator('g.relcap-node[data-linking]').count()).toBe(0);
    expect(await w.page.locator('.relcap-view-status').textContent()).toBe('');
    expect(await named('connect')).toEqual([]);
    expect((await named('link')).map((e) => (e[1] as { source: string | null }).source)).toEqual(['psykolog', null, 'psykolog', null]);
  });

  it('dragging from the connect handle of the selected actor to another actor connects them', async () => {
    await open();
    await w.page.click('g.relcap-node[data-id="laerer"] path.relcap-shape');
    expect(await w.page.locator('g.relcap-node[data-id="laerer"]').getAttribute('data-selected')).toBe('true');
    const handle = (await w.page.locator('g.relcap-port circle').boundingBox())!;
    const to = await centre('socialraadgiver');
    await w.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(to.x, to.y, { steps: 10 });
    expect(await w.page.locator('line.relcap-link-preview').getAttribute('display')).toBeNull();
    await w.page.mouse.up();
    expect(await named('connect')).toEqual([['connect', { source: 'laerer', target: 'socialraadgiver' }]]);
    expect(await named('moveEnd')).toEqual([]);
    expect(await w.page.locator('line.relcap-link-preview').getAttribute('display')).toBe('none');
    // The handle and the rubber band never reach an export.
    expect(await view<string>('return t.exportSvg();')).not.toContain('relcap-port');
  });
});

describe('createMapView: keyboard', () => {
  it('Tab walks the actors then the relations from one tab stop; Enter, arrows and Delete emit intents', async () => {
    await open();
    const order = await w.page.$$eval('g.relcap-node', (els) => els.map((e) => e.getAttribute('data-id')));
    await w.page.focus('#before');
    await w.page.keyboard.press('Tab');
    const focused = (): Promise<string | null> => w.page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.id ?? null);
    expect(await focused()).toBe(order[0]);
    await w.page.keyboard.press('Tab');
    expect(await focused()).toBe(order[1]);
    await w.page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(order[0]);
    // Only one tab stop: the focused actor.
    expect(await w.page.locator('svg.relcap-map [tabindex="0"]').count()).toBe(1);
    await w.page.keyboard.press('Tab');
    const id = order[1]!;
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('Shift+ArrowUp');
    expect(await named('activate')).toEqual([['activate', { kind: 'actor', id }]]);
    expect(await named('nudge')).toEqual([
      ['nudge', { id, dx: 10, dy: 0 }],
      ['nudge', { id, dx: 0, dy: -50 }],
    ]);
    await w.page.keyboard.press('Space');
    expect((await named('select')).at(-1)).toEqual(['select', { kind: 'actor', id }]);
    await w.page.keyboard.press('Delete');
    expect(await named('delete')).toEqual([['delete', { kind: 'actor', id }]]);
    expect(await w.page.locator(`g.relcap-node[data-id="${id}"]`).count()).toBe(0);
    // Focus stays in the map, on the actor that took the deleted one's place.
    expect(await focused()).toBe(order[2]);
    // Past the last actor, Tab reaches the relations; Backspace deletes one.
    for (let i = 2; i < order.length; i++) await w.page.keyboard.press('Tab');
    const edgeId = await w.page.evaluate(() => document.activeElement?.closest('g.relcap-edge')?.getAttribute('data-id') ?? null);
    expect(edgeId).not.toBeNull();
    await w.page.keyboard.press('Backspace');
    expect((await named('delete')).at(-1)).toEqual(['delete', { kind: 'relation', id: edgeId }]);
    // Keyboard connect: c on one actor, Space on another.
    await clearEvents();
    await w.page.focus(`g.relcap-node[data-id="${order[0]}"]`);
    await w.page.keyboard.press('c');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Space');
    expect(await named('connect')).toEqual([['connect', { source: order[0], target: order[2] }]]);
  });

  it('every actor and relation has an accessible name in the scene language (Danish and English)', async () => {
    await open();
    expect(await w.page.locator('g.relcap-node[data-id="laerer"]').getAttribute('aria-label')).toContain('Teacher');
    expect(await w.page.locator('g.relcap-edge[data-style="strong"]').first().getAttribute('aria-label')).toContain('Strong relation');
    await w.page.context().close();
    await open('?lang=da');
    expect(await w.page.locator('g.relcap-node[data-id="laerer"]').getAttribute('aria-label')).toContain('Lærer');
    expect(await w.page.locator('g.relcap-edge[data-style="strong"]').first().getAttribute('aria-label')).toContain('Stærk relation');
    const unnamed = await w.page.$$eval('g.relcap-node, g.relcap-edge', (els) => els.filter((e) => (e.getAttribute('aria-label') ?? '') === '').length);
    expect(unnamed).toBe(0);
  });
});

describe('createMapView: touch', () => {
  it('a touch tap selects and a touch drag emits move and one moveEnd (pointerType touch)', async () => {
    await open('', true);
    const c = await centre('psykolog');
    await w.page.touchscreen.tap(c.x, c.y);
    expect((await named('select')).at(-1)).toEqual(['select', { kind: 'actor', id: 'psykolog' }]);
    const cdp = await w.page.context().newCDPSession(w.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number): Promise<unknown> =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    const from = await centre('sundhedsplejerske');
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 6; i++) await touch('touchMove', from.x + i * 10, from.y + i * 5);
    await touch('touchEnd', from.x + 60, from.y + 30);
    const moves = (await named('move')).filter((e) => (e[1] as { id: string }).id === 'sundhedsplejerske');
    expect(moves.length).toBeGreaterThanOrEqual(2);
    expect(await named('moveEnd')).toEqual([['moveEnd', moves.at(-1)![1]]]);
    const types = await view<string[]>('return t.pointerTypes;');
    expect(types.length).toBeGreaterThanOrEqual(2);
    expect(types.every((t) => t === 'touch')).toBe(true);
  });
});

describe('createMapView: incremental redraw', () => {
  it('a redraw after changing one actor label touches only that actor and the names of its relations', async () => {
    await open();
    const edgesOf = await w.page.$$eval('g.relcap-edge[data-source="laerer"], g.relcap-edge[data-target="laerer"]', (els) => els.map((e) => e.getAttribute('data-id')));
    const mutations = await view<Mutation[]>(`return t.relabel('laerer', 'Lærer B');`);
    expect(mutations.length).toBeGreaterThan(0);
    const actorOwned = mutations.filter((m) => m.owner === 'actor:laerer');
    const rest = mutations.filter((m) => m.owner !== 'actor:laerer');
    expect(actorOwned.length).toBeGreaterThan(0);
    // The relations of laerer get a new accessible name (it names both ends), nothing else.
    expect(rest.every((m) => m.type === 'attributes' && m.attribute === 'aria-label' && edgesOf.includes(m.owner.replace('relation:', '')))).toBe(true);
    expect(await w.page.locator('g.relcap-node[data-id="laerer"] text.relcap-label').textContent()).toBe('Lærer B');
    // An equal scene (new objects, same data) writes nothing at all.
    expect(await view<Mutation[]>('return t.redrawEqual();')).toEqual([]);
  });

  it('on 2,000 actors the same edit touches the same number of elements as on 8', async () => {
    await open();
    const small = await view<Mutation[]>(`const id = t.scene().nodes[3].id; const n = t.scene().nodes[3].label; return t.relabel(id, n.slice(0, -1) + 'x');`);
    const count = await view<number>('return t.useGenerated(2000, 4000);');
    expect(count).toBe(2000);
    const big = await view<Mutation[]>(`const n = t.scene().nodes[3]; return t.relabel(n.id, n.label.slice(0, -1) + 'x');`);
    const owners = (ms: readonly Mutation[]): Set<string> => new Set(ms.filter((m) => m.owner.startsWith('actor:')).map((m) => m.owner));
    expect(owners(small).size).toBe(1);
    expect(owners(big).size).toBe(1);
    expect(big.filter((m) => !m.owner.startsWith('actor:')).every((m) => m.attribute === 'aria-label')).toBe(true);
    expect(await view<Mutation[]>('return t.redrawEqual();')).toEqual([]);
    }, 90_000);

  it('destroy() twice is fine and removes the view DOM', async () => {
    await open();
    await view('t.destroy();');
    expect(await w.page.locator('#map').evaluate((el) => el.childElementCount)).toBe(0);
  });
});

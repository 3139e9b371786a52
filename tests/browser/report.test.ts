// The HTML report of `relcap report` in Debian's chromium, opened from disk (file://) as a user
// would open it offline: its sections are there, nothing but the file itself is requested, no
// console error (a CSP violation would log one), no dialog, the role named <script> is text, and
// it prints to A4 with a page per section. Needs `pnpm build` (run by `pnpm test`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_ROWS, EARLIER_ROWS, longCsv, SCRIPT_ROLE } from '../../packages/cli/test/report/report-survey';
import { launchChromium } from '../../packages/visualizer/scripts/browser.mjs';
import { OUTPUT, REPO } from './harness';

const BIN = join(REPO, 'packages/cli/dist/bin.js');
/** Nine roles of three respondents, each rating every role 4: a matrix wider than LANDSCAPE_MATRIX_ROLES (8). */
const NINE = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
const NINE_ROLES = NINE.flatMap((role) => [1, 2, 3].flatMap((i) => NINE.map((t) => [`${role}${i}`, `Rolle ${role}`, `Rolle ${t}`, 4] as const)));
let dir: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`browser tests: ${BIN} is missing; run \`pnpm build\` first (\`pnpm test\` does).`);
  mkdirSync(OUTPUT, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'relcap-report-browser-'));
  writeFileSync(join(dir, 'svar.csv'), longCsv(CURRENT_ROWS));
  writeFileSync(join(dir, 'forår.csv'), longCsv(EARLIER_ROWS));
  const make = (args: string[]): void => {
    const r = spawnSync(process.execPath, [BIN, 'report', ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`relcap report ${args.join(' ')} failed: ${r.stderr}`);
  };
  make(['svar.csv', '--compare', 'forår.csv', '--out', 'rapport.html']);
  make([join(REPO, 'examples/data/survey-example.csv'), '--lang', 'en', '--out', 'example.html']);
  writeFileSync(join(dir, 'nine.csv'), longCsv(NINE_ROLES));
  make(['nine.csv', '--out', 'nine.html']);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
}

async function open(file: string, viewport = { width: 1200, height: 900 }): Promise<Opened> {
  const page = await browser.newPage({ viewport });
  const url = pathToFileURL(join(dir, file)).href;
  const o: Opened = { page, url, requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => o.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') o.errors.push(m.text());
  });
  page.on('pageerror', (e) => o.errors.push(String(e)));
  page.on('dialog', (d) => {
    o.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  return o;
}

const checkClean = (o: Opened): void => {
  expect(o.requests).toEqual([o.url]);
  expect(o.errors).toEqual([]);
  expect(o.dialogs).toEqual([]);
};

describe('the HTML report in chromium', () => {
  it('the report shows the matrix, the network SVG and the methods, and loads nothing else', async () => {
    const o = await open('rapport.html');
    const { page } = o;
    // 3 rater rows x 3 rated columns (report-survey.ts): 4 shown, 3 suppressed, 2 not rated.
    expect(await page.locator('table.matrix tbody td').count()).toBe(9);
    expect(await page.locator('table.matrix td[data-suppressed="true"]').count()).toBe(3);
    expect(await page.locator('table.matrix td[data-suppressed="true"]').first().textContent()).toBe('skjult (n<3)');
    expect(await page.locator('figure.network svg g.relcap-node').count()).toBe(3);
    expect(await page.locator('figure.network svg g.relcap-edge').count()).toBe(6);
    expect(await page.locator('figure.network > svg').isVisible()).toBe(true);
    expect(await page.locator('#methods').textContent()).toContain('Brandeis University');
    expect(await page.locator('#comparison').isVisible()).toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'report.png'), fullPage: true });
    checkClean(o);
    await page.close();
  });

  it('the report keeps the role named <script> as literal text and runs no script', async () => {
    const o = await open('rapport.html');
    const { page } = o;
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('table.matrix th[scope="row"]').allTextContents()).toContain(SCRIPT_ROLE);
    expect(await page.locator('figure.network svg text.relcap-label').allTextContents()).toContain(SCRIPT_ROLE);
    expect(await page.evaluate(() => document.body.innerText.includes('<script>alert(1)</script>'))).toBe(true);
    checkClean(o);
    await page.close();
  });

  it('the report prints to A4 with a page per section', async () => {
    const o = await open('rapport.html');
    await o.page.emulateMedia({ media: 'print' });
    // In print every section starts on a new page.
    const breaks = await o.page.locator('section.report-section').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(Array(7).fill('page'));
    const pdf = await o.page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    // A contents page plus at least one page for each of the 7 sections.
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    // A4 is 210 x 297 mm = 595.3 x 841.9 pt.
    expect(Number(box?.[1])).toBeCloseTo(595.3, 0);
    expect(Number(box?.[2])).toBeCloseTo(841.9, 0);
    writeFileSync(join(OUTPUT, 'report.pdf'), pdf);
    checkClean(o);
    await o.page.close();
  });

  it('the report prints a matrix of more than 8 roles on a landscape page', async () => {
    const o = await open('nine.html');
    const pdf = (await o.page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => Number(m[1]) > Number(m[2]));
    // Page 1: header and contents (portrait); then the matrix on landscape pages (9 rows of cells
    // take two); every later section portrait again.
    const first = boxes.indexOf(true);
    const count = boxes.filter((landscape) => landscape).length;
    expect(first).toBe(1);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(boxes.slice(first, first + count).every((landscape) => landscape)).toBe(true);
    expect(boxes.length).toBeGreaterThan(first + count);
    checkClean(o);
    await o.page.close();
  });

  it('the report of the example survey reads well (screenshot)', async () => {
    const o = await open('example.html', { width: 1280, height: 1700 });
    // The example survey's 6 roles (examples/data/make-survey-example.mjs): a 6 x 6 matrix, the two
    // school heads' row suppressed under minRaters 3.
    expect(await o.page.locator('table.matrix tbody tr').count()).toBe(6);
    expect(await o.page.locator('table.matrix td[data-suppressed="true"]').count()).toBe(6);
    await o.page.screenshot({ path: join(OUTPUT, 'report-example.png') });
    checkClean(o);
    await o.page.close();
  });
});

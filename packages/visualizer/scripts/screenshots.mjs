#!/usr/bin/env node
// Serves the built app and saves the screenshots shown in the README:
// docs/screenshots/network-map.png (the Undervisningsministeriet 2019, inspirationsmateriale om tværprofessionelt samarbejde example map, gaps on) and
// docs/screenshots/role-network.png (the role network from the example survey).
// Run after `pnpm build`: node packages/visualizer/scripts/screenshots.mjs [outDir]
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const appRoot = join(repo, 'packages/app/dist');
const out = process.argv[2] ?? join(repo, 'docs/screenshots');
if (!existsSync(join(appRoot, 'index.html'))) {
  console.error('screenshots: packages/app/dist is missing; run `pnpm build` first.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const server = await startServer({ port: 0, root: appRoot });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'da-DK' });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"] g.relcap-node');
  await page.screenshot({ path: join(out, 'network-map.png') });
  console.log(`saved ${join(out, 'network-map.png')}`);
  await page.check('#gaps-toggle');
  await page.screenshot({ path: join(out, 'network-map-gaps.png') });
  console.log(`saved ${join(out, 'network-map-gaps.png')}`);
  await page.uncheck('#gaps-toggle');
  await page.click('#tab-roles');
  if ((await page.locator('.relcap-root:not([hidden]) g.relcap-node').count()) === 0) {
    // No example survey bundled in this build: open the test survey instead.
    console.log('no example survey in this build; using tests/fixtures/visualizer/survey-wide.csv');
    await page.setInputFiles('#open-survey', join(repo, 'tests/fixtures/visualizer/survey-wide.csv'));
    await page.waitForSelector('.relcap-root:not([hidden]) g.relcap-node');
  }
  const rated = page.locator('g.relcap-edge[data-style="weak"], g.relcap-edge[data-style="moderate"], g.relcap-edge[data-style="strong"]').first();
  if ((await rated.count()) > 0) await rated.focus();
  await page.screenshot({ path: join(out, 'role-network.png') });
  console.log(`saved ${join(out, 'role-network.png')}`);
} finally {
  await browser.close();
  await server.close();
}

/**
 * Regenerates docs/screenshots/large-network.png and large-network-selected.png: the benchmark
 * network (2,000 actors, 20,000 relations, seed 1, ForceAtlas2 100 iterations) drawn by the WebGL
 * renderer in headless Chromium, as a whole and with one social worker selected. Run from the
 * repo root: `pnpm exec tsx packages/visualizer/bench/large-network-screenshot.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePage, launchChromium, serveStatic } from './browser-harness';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = join(here, '..', '..', '..', 'docs', 'screenshots');
/** A social worker of the family department with many ties in the seed-1 network. */
const SELECTED = 'p1264';

async function main(): Promise<void> {
  const pageOut = join(here, '.out', 'page');
  await bundlePage(join(here, 'page'), pageOut);
  const server = await serveStatic(pageOut);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(server.url);
    await page.waitForFunction(() => 'relcapBench' in window);
    await page.evaluate(() => window.relcapBench.prepare(2000, 20000, 1, 100));
    mkdirSync(dir, { recursive: true });
    for (const [file, select] of [
      ['large-network.png', null],
      ['large-network-selected.png', SELECTED],
    ] as const) {
      await page.evaluate((id) => window.relcapBench.show(id), select);
      await page.locator('#view').screenshot({ path: join(dir, file) });
      await page.evaluate(() => window.relcapBench.hide());
      console.log(`wrote docs/screenshots/${file}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * Benchmark of the WebGL view for a municipality-sized network (2,000 actors, 20,000 relations):
 * scene computation in Node, then the first render in headless Chromium (software WebGL),
 * relcap's renderer next to bare sigma drawing the same graph with no styling, so the overhead
 * of our layer (sceneToGraph, custom programs, reducers) is visible. Run: `pnpm bench render`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScene } from '../src/scene/index';
import { generateMunicipalityNetwork, layoutLarge, sceneToGraph } from '../src/webgl/index';
import { bundlePage, launchChromium, serveStatic } from './browser-harness';

const ACTORS = 2000;
const RELATIONS = 20000;
const SEED = 1;
const LAYOUT_ITERATIONS = 100;
const REPS = 7;

const here = fileURLToPath(new URL('.', import.meta.url));

interface Row {
  readonly name: string;
  readonly times: number[];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function time(reps: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function printTable(rows: readonly Row[]): void {
  const fmt = (x: number): string => x.toFixed(1).padStart(9);
  console.log(`${'step'.padEnd(64)}${'median ms'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}   n`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(64)}${fmt(median(r.times))} ${fmt(Math.min(...r.times))} ${fmt(Math.max(...r.times))}   ${r.times.length}`);
  }
}

async function main(): Promise<void> {
  console.log(`WebGL view: ${ACTORS} actors, ${RELATIONS} relations (generateMunicipalityNetwork seed ${SEED}), ${REPS} repetitions`);
  const rows: Row[] = [];

  // (a) Scene computation in Node.
  const map = generateMunicipalityNetwork({ actors: ACTORS, relations: RELATIONS, seed: SEED });
  rows.push({ name: 'generateMunicipalityNetwork (test data, not in the pipeline)', times: time(3, () => generateMunicipalityNetwork({ actors: ACTORS, relations: RELATIONS, seed: SEED })) });
  rows.push({ name: 'buildScene (iterations: 0; the layout is ForceAtlas2)', times: time(REPS, () => buildScene(map, { iterations: 0 })) });
  const scene = buildScene(map, { iterations: 0 });
  rows.push({ name: 'sceneToGraph (Node)', times: time(REPS, () => sceneToGraph(scene)) });
  const graph = sceneToGraph(scene);
  rows.push({ name: `layoutLarge (ForceAtlas2, ${LAYOUT_ITERATIONS} iterations, Barnes-Hut)`, times: time(3, () => layoutLarge(graph, { iterations: LAYOUT_ITERATIONS, seed: SEED })) });

  // (b, c) First render in Chromium.
  const pageOut = join(here, '.out', 'page');
  await bundlePage(join(here, 'page'), pageOut);
  const server = await serveStatic(pageOut);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await page.waitForFunction(() => 'relcapBench' in window);
    const size = await page.evaluate(([a, r, s, it]) => window.relcapBench.prepare(a, r, s, it), [ACTORS, RELATIONS, SEED, LAYOUT_ITERATIONS] as const);
    console.log(`page: ${size.nodes} nodes, ${size.edges} edges; ${await page.evaluate(() => navigator.userAgent.replace(/^.*(Chrome\/\S+).*$/, '$1'))}`);
    // Warm-up (JIT, shader compilation caches, the on-demand sigma chunk), not counted.
    await page.evaluate(() => window.relcapBench.ours());
    await page.evaluate(() => window.relcapBench.bare());
    const ours = { js: [] as number[], total: [] as number[] };
    const bare = { js: [] as number[], total: [] as number[] };
    const s2g: number[] = [];
    const runOurs = async (): Promise<void> => {
      const t = await page.evaluate(() => window.relcapBench.ours());
      ours.js.push(t.js);
      ours.total.push(t.total);
    };
    const runBare = async (): Promise<void> => {
      const t = await page.evaluate(() => window.relcapBench.bare());
      bare.js.push(t.js);
      bare.total.push(t.total);
    };
    for (let i = 0; i < REPS; i++) {
      // Alternate the order so neither variant always runs on a warmer page.
      if (i % 2 === 0) {
        await runOurs();
        await runBare();
      } else {
        await runBare();
        await runOurs();
      }
      s2g.push(await page.evaluate(() => window.relcapBench.sceneToGraph()));
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    rows.push({ name: 'sceneToGraph (Chromium)', times: s2g });
    rows.push({ name: 'bare sigma: draw calls issued (JS)', times: bare.js });
    rows.push({ name: 'relcap: draw calls issued (JS, incl. sceneToGraph)', times: ours.js });
    rows.push({ name: 'bare sigma: first frame drawn (baseline)', times: bare.total });
    rows.push({ name: 'relcap createWebglRenderer: first frame drawn', times: ours.total });
    printTable(rows);
    const ratio = (a: number[], b: number[]): string => `${(median(a) / median(b)).toFixed(2)}x (${median(a).toFixed(1)} / ${median(b).toFixed(1)} ms)`;
    console.log(`\nrelcap / bare sigma, first frame drawn: ${ratio(ours.total, bare.total)}`);
    console.log(`relcap / bare sigma, JS until draw calls issued: ${ratio(ours.js, bare.js)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

#!/usr/bin/env node
// `pnpm size`: what importing one function of relcap costs a bundled page, next to the bare
// libraries underneath, minified (esbuild) and gzipped (level 9), against the budgets in
// scripts/size-budgets.json. Fails when an entry is over its budget or has none (docs/packaging.md).
// Measures the built packages (dist/, as npm users get them): run `pnpm build` first.
// `--write-budgets` rewrites the budgets to the current figures plus HEADROOM (after a reviewed,
// intended growth only).
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGETS_FILE = join(root, 'scripts', 'size-budgets.json');
/** Growth allowed by `--write-budgets` over the measured gzip size. */
const HEADROOM = 1.1;

// Where each import resolves from: the workspace folder whose node_modules holds it.
const EXAMPLES = join(root, 'examples'); // depends on @relcap/core and @relcap/visualizer
const CORE = join(root, 'packages', 'core');
const VISUALIZER = join(root, 'packages', 'visualizer');
const D3_SIBLINGS = dirname(realpathSync(join(VISUALIZER, 'node_modules', 'd3'))); // d3-selection, d3-force

/**
 * The measured imports. `ours` marks relcap's entries; the others are the baselines, the bare
 * libraries each of ours is built on. Lazy chunks (sigma's WebGL view, the .xlsx reader) are
 * reported apart from the initial chunk a page loads first.
 */
const ENTRIES = [
  { name: 'scoreAnswers from @relcap/core', ours: true, dir: EXAMPLES, code: "import { scoreAnswers } from '@relcap/core'; export default scoreAnswers;" },
  { name: 'baseline: papaparse', dir: CORE, code: "import Papa from 'papaparse'; export default Papa;" },
  { name: 'mountNetworkMap from @relcap/visualizer', ours: true, dir: EXAMPLES, code: "import { mountNetworkMap } from '@relcap/visualizer'; export default mountNetworkMap;" },
  {
    name: 'baseline: d3-selection + d3-force',
    dir: D3_SIBLINGS,
    code: "import { select } from 'd3-selection'; import { forceSimulation } from 'd3-force'; export default [select, forceSimulation];",
  },
  { name: 'baseline: sigma + graphology', dir: VISUALIZER, code: "import Sigma from 'sigma'; import Graph from 'graphology'; export default [Sigma, Graph];" },
];

/**
 * Built files measured as they are. HOOK for the single-file app: when `pnpm build:app` writes
 * relcap.html, add `{ name: 'relcap.html (the offline app)', path: '<its path>' }` here and run
 * `pnpm size --write-budgets` once to give it a budget.
 */
const FILES = [];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Bundles `entry` (minified, ESM, code splitting) and sizes the initial chunk and the lazy ones. */
async function measureEntry(entry) {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: entry.dir, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    absWorkingDir: root,
    outdir: join(root, '.size-report'), // nothing is written (write: false)
    write: false,
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
  });
  const outputs = result.metafile.outputs;
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imp of outputs[path].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  const entryPath = Object.keys(outputs).find((p) => outputs[p].entryPoint !== undefined);
  visit(entryPath);
  const sum = { min: 0, gzip: 0, lazyMin: 0, lazyGzip: 0 };
  for (const file of result.outputFiles) {
    const lazy = !initial.has(relative(root, file.path));
    sum[lazy ? 'lazyMin' : 'min'] += file.contents.length;
    sum[lazy ? 'lazyGzip' : 'gzip'] += gz(file.contents);
  }
  return sum;
}

function measureFile(file) {
  const path = join(root, file.path);
  if (!existsSync(path)) throw new Error(`${file.path} is missing: build it first`);
  const bytes = readFileSync(path);
  return { min: bytes.length, gzip: gz(bytes), lazyMin: 0, lazyGzip: 0 };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

const rows = [];
for (const e of ENTRIES) rows.push({ name: e.name, ours: e.ours === true, ...(await measureEntry(e)) });
for (const f of FILES) rows.push({ name: f.name, ours: true, ...measureFile(f) });

const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
if (process.argv.includes('--write-budgets')) {
  const next = { $comment: budgets.$comment, gzipBytes: {} };
  const round = (n) => Math.ceil((n * HEADROOM) / 100) * 100;
  for (const r of rows.filter((x) => x.ours)) next.gzipBytes[r.name] = { initial: round(r.gzip), lazy: round(r.lazyGzip) };
  writeFileSync(BUDGETS_FILE, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`size: budgets written to ${BUDGETS_FILE}`);
}
const limits = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')).gzipBytes;

console.log(`${pad('import', 42)}${padL('min', 10)}${padL('min+gzip', 11)}${padL('budget', 10)}${padL('lazy, gzip', 12)}${padL('budget', 10)}`);
const problems = [];
const check = (r, what, size, limit) => {
  if (limit === undefined) problems.push(`${r.name}: no ${what} budget in scripts/size-budgets.json`);
  else if (size > limit) problems.push(`${r.name}: ${what} ${size} B gzipped, over its budget of ${limit} B`);
  return limit === undefined ? 'none' : `${kb(limit)}${size > limit ? ' OVER' : ''}`;
};
for (const r of rows) {
  const limit = limits[r.name];
  const initialBudget = r.ours ? check(r, 'initial', r.gzip, limit?.initial) : '';
  const lazyBudget = r.ours ? check(r, 'lazy', r.lazyGzip, limit?.lazy) : '';
  const lazy = r.lazyGzip > 0 ? kb(r.lazyGzip) : '-';
  console.log(`${pad(r.name, 42)}${padL(kb(r.min), 10)}${padL(kb(r.gzip), 11)}${padL(initialBudget, 10)}${padL(lazy, 12)}${padL(lazyBudget, 10)}`);
}
for (const name of Object.keys(limits)) {
  if (!rows.some((r) => r.name === name)) problems.push(`${name}: a budget for an entry that is not measured`);
}
console.log('min+gzip: the chunk a page loads first; lazy: the chunks it loads on demand (sigma view, .xlsx reader).');
if (problems.length > 0) {
  console.error(`size: ${problems.join('\nsize: ')}`);
  process.exit(1);
}

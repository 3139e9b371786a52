#!/usr/bin/env node
// `pnpm check:packages`: the packages as a new user gets them from npm (docs/packaging.md).
// 1. `pnpm pack` each package (what npm would publish, workspace:* replaced by versions);
// 2. publint (--strict) and arethetypeswrong on each tarball;
// 3. a scratch project in a temporary folder OUTSIDE the workspace installs the tarballs with npm
//    (their dependencies from the registry, through npm's cache) and
//    (a) imports and uses them from Node ESM and CommonJS,
//    (b) type-checks with `moduleResolution` nodenext and bundler, `skipLibCheck: false`,
//    (c) builds a page with Vite, no configuration, that mounts the map, and opens it in Chromium.
// Needs `pnpm build` first. Exits 1 on the first failing step; KEEP=1 keeps the temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (p) => join(root, 'node_modules', p);

/**
 * Each package with its arethetypeswrong profile and why. `esm-only` ignores the node10 and
 * node16-from-CommonJS columns; every other problem still fails.
 */
const PACKAGES = [
  { dir: 'packages/core', name: '@relcap/core', attw: ['--profile', 'strict'] },
  // ESM only: d3 7 is published as ES modules only (docs/packaging.md). style.css is not a module.
  {
    dir: 'packages/visualizer',
    name: '@relcap/visualizer',
    attw: ['--profile', 'esm-only', '--exclude-entrypoints', './style.css'],
  },
  // ESM only: a Node command line; its in-process API follows the visualizer it imports.
  { dir: 'packages/cli', name: '@relcap/cli', attw: ['--profile', 'esm-only'] },
];
/** Chromium for step (c), as in tests/browser/harness.ts. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const started = Date.now();
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
class CheckFailed extends Error {}
function fail(message) {
  throw new CheckFailed(message);
}
function run(label, cmd, args, options = {}) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.status !== 0) {
    fail(`${label} failed (exit ${r.status ?? r.signal})\n${r.stdout ?? ''}\n${r.stderr ?? r.error ?? ''}`);
  }
  console.log(`ok   ${label} (${seconds(t)})`);
  return r.stdout;
}

for (const p of PACKAGES) {
  if (!existsSync(join(root, p.dir, 'dist'))) {
    console.error(`check:packages: ${p.dir}/dist is missing: run \`pnpm build\` first`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'relcap-check-packages-'));
try {
  if (work.startsWith(root)) fail(`the scratch folder ${work} is inside the workspace`);
  // 1. pack
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  for (const p of PACKAGES) {
    run(`pack ${p.name}`, 'pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(root, p.dir) });
  }
  const tgz = Object.fromEntries(
    PACKAGES.map((p) => {
      const prefix = `${p.name.replace('@', '').replace('/', '-')}-`;
      const file = readdirSync(tarballs).find((f) => f.startsWith(prefix) && f.endsWith('.tgz'));
      if (file === undefined) fail(`no tarball for ${p.name} in ${tarballs}`);
      return [p.name, join(tarballs, file)];
    }),
  );

  // 2. publint and arethetypeswrong on each tarball
  for (const p of PACKAGES) {
    run(`publint ${p.name}`, process.execPath, [bin('publint/src/cli.js'), 'run', tgz[p.name], '--strict']);
    run(`attw ${p.name} (${p.attw.join(' ')})`, process.execPath, [
      bin('@arethetypeswrong/cli/dist/index.js'),
      tgz[p.name],
      '--no-definitely-typed',
      '--format',
      'ascii',
      ...p.attw,
    ]);
  }

  // 3. the scratch consumer project
  const app = join(work, 'consumer');
  cpSync(join(root, 'scripts', 'fixtures', 'consumer'), app, { recursive: true });
  cpSync(join(root, 'examples', 'data', 'survey-example.csv'), join(app, 'survey.csv'));
  cpSync(join(root, 'examples', 'maps', 'seeds-001-network-map.json'), join(app, 'src', 'map.json'));
  const pkgFile = join(app, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const deps = Object.fromEntries(PACKAGES.map((p) => [p.name, `file:${tgz[p.name]}`]));
  // overrides: @relcap/visualizer's dependency on @relcap/core resolves to the tarball too.
  writeFileSync(pkgFile, `${JSON.stringify({ ...pkg, dependencies: deps, overrides: deps }, null, 2)}\n`);
  run('npm install (tarballs + their dependencies)', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: app,
  });

  // (a) Node ESM and CommonJS
  process.stdout.write(run('node ESM', process.execPath, ['node/esm.mjs'], { cwd: app }));
  process.stdout.write(run('node CommonJS', process.execPath, ['node/cjs.cjs'], { cwd: app }));
  run('relcap --version (the installed bin)', join(app, 'node_modules', '.bin', 'relcap'), ['--version'], { cwd: app });

  // (b) types, skipLibCheck false (the workspace's TypeScript, the consumer's node_modules)
  for (const config of ['tsconfig.nodenext.json', 'tsconfig.bundler.json']) {
    run(`tsc -p ${config}`, process.execPath, [bin('typescript/bin/tsc'), '-p', config], { cwd: app });
  }

  // (c) a page built by Vite with no configuration, opened in Chromium
  const t = Date.now();
  const { build, preview } = await import(bin('vite/dist/node/index.js'));
  await build({ root: app, configFile: false, logLevel: 'error' });
  const server = await preview({ root: app, configFile: false, logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
  const { chromium } = await import(bin('playwright-core/index.mjs'));
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.resolvedUrls.local[0]);
    await page.waitForSelector('body[data-mounted]', { timeout: 20_000 });
    const mounted = await page.evaluate(() => document.body.dataset.mounted);
    const nodes = await page.locator('#map svg').count();
    if (mounted !== 'true' || nodes === 0 || errors.length > 0) {
      fail(`vite page: mounted=${mounted}, svg elements ${nodes}, errors ${errors.join('; ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`ok   vite build (no config) + Chromium mounts the map (${seconds(t)})`);
  console.log(`check:packages: all good in ${seconds(started)}`);
} catch (e) {
  console.error(`check:packages: ${e instanceof CheckFailed ? e.message : (e?.stack ?? e)}`);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP === '1') console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

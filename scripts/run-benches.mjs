#!/usr/bin/env node
// `pnpm bench`: runs every packages/*/bench/*.bench.ts with tsx, one after the other, so each
// benchmark has the machine to itself. Each prints our figure next to its baseline.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const only = process.argv.slice(2);
const benches = [];
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', pkg, 'bench');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))) benches.push(join(dir, f));
  }
}
let failed = 0;
for (const b of benches) {
  console.log(`\n== ${relative(root, b)}`);
  const run = spawnSync(process.execPath, ['--expose-gc', join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), b], {
    stdio: 'inherit',
    cwd: root,
  });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);

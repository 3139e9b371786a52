#!/usr/bin/env node
// Runs every example under examples/ (the CI proof that examples are real code).
// *.ts and *.mjs files run with Node (tsx for TypeScript); *.html examples are opened in headless
// Chromium by tests/browser/examples.test.ts, so they are listed here but not run.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const dir = join(root, 'examples');
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|mjs)$/.test(name) && !name.endsWith('.d.ts')) files.push(p);
  }
};
walk(dir);

let failed = 0;
for (const file of files) {
  const rel = relative(root, file);
  const args = file.endsWith('.ts') ? [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), file] : [file];
  const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  if (run.status === 0) {
    console.log(`ok   ${rel}`);
  } else {
    failed++;
    console.log(`FAIL ${rel} (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
  }
}
console.log(`examples: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

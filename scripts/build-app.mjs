#!/usr/bin/env node
// `pnpm build:app`: the app as users without Node.js get it (docs/offline.md).
// 1. packages/app/dist-single/relcap.html: ONE self-contained file, opened from disk (file://).
// 2. packages/app/dist-offline/: a static folder with a service worker, for an intranet server.
// Both are copied to dist/ at the repository root (dist/relcap.html, dist/relcap-offline/), the
// path the docs give. @relcap/* resolve to their sources (packages/app/vite.config.ts): no library
// or declaration build first.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const app = join(root, 'packages', 'app');
/** Where the docs tell users to look. */
export const OUT = join(root, 'dist');
export const SINGLE_FILE = join(app, 'dist-single', 'relcap.html');
export const OFFLINE_DIR = join(app, 'dist-offline');

await build({ configFile: join(app, 'vite.single.config.ts'), logLevel: 'warn' });
await build({ configFile: join(app, 'vite.offline.config.ts'), logLevel: 'warn' });

mkdirSync(OUT, { recursive: true });
cpSync(SINGLE_FILE, join(OUT, 'relcap.html'));
rmSync(join(OUT, 'relcap-offline'), { recursive: true, force: true });
cpSync(OFFLINE_DIR, join(OUT, 'relcap-offline'), { recursive: true });

const bytes = readFileSync(SINGLE_FILE);
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`relcap: ${relative(root, join(OUT, 'relcap.html'))} (${kB(bytes.length)}, ${kB(gzipSync(bytes, { level: 9 }).length)} gzipped): open it from disk`);
console.log(`relcap: ${relative(root, join(OUT, 'relcap-offline'))}/ (the same app for a web server, works offline after the first load)`);

/**
 * What the WebGL benchmark and browser test share: bundle a page with vite's build API, serve
 * it on 127.0.0.1 (a free port) and open it in Debian's headless Chromium with software WebGL
 * (SwiftShader through ANGLE; no GPU on these machines).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..');

/** Bundles `<pageDir>/index.html` and its scripts into `outDir`, with the workspace packages from source. */
export async function bundlePage(pageDir: string, outDir: string): Promise<void> {
  await build({
    root: pageDir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    resolve: {
      alias: {
        '@relcap/core': join(root, 'packages/core/src/index.ts'),
        '@relcap/visualizer': join(root, 'packages/visualizer/src/index.ts'),
      },
    },
    build: { outDir, emptyOutDir: true, minify: true, sourcemap: false, target: 'es2022', reportCompressedSize: false },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves a folder on 127.0.0.1 with a strict Content-Security-Policy (scripts from the page only,
 * workers also from blob: for the ForceAtlas2 worker). Returns the base URL and a close function.
 */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:",
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Headless Debian Chromium with software WebGL (SwiftShader), no network services. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

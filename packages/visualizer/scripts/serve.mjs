#!/usr/bin/env node
// A tiny static file server for the built visualizer (no dependencies): 127.0.0.1 only, a strict
// Content-Security-Policy on every response, no directory listings, nothing outside `root`.
// `pnpm start` runs it on packages/app/dist (the app); the browser tests reuse `startServer`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy: nothing from any other host. `worker-src blob:` is for the ForceAtlas2 worker. */
export const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.graphml': 'application/xml',
  '.gexf': 'application/xml',
};

/**
 * Serves `root` on 127.0.0.1. `port` 0 picks a free port; a busy port falls back to a free one
 * unless `strictPort`. Resolves to `{ url, port, close() }`.
 *
 * @example
 * const server = await startServer({ port: 0, root: 'packages/app/dist' });
 * console.log(server.url); await server.close();
 */
export async function startServer({ port = 4173, root, host = '127.0.0.1', strictPort = false } = {}) {
  if (root === undefined) throw new Error('serve: startServer needs a root folder');
  const base = resolve(root);
  const server = createServer((req, res) => {
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, headers).end('bad request');
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403, headers).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  const listen = (p) =>
    new Promise((ok, fail) => {
      const onError = (e) => {
        server.off('listening', onListening);
        fail(e);
      };
      const onListening = () => {
        server.off('error', onError);
        ok();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    });
  try {
    await listen(port);
  } catch (e) {
    if (strictPort || e?.code !== 'EADDRINUSE') throw e;
    await listen(0);
  }
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    // Open keep-alive connections would hold close() until the browser lets go: end them too.
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/**
 * The command line: serves `root` on PORT (default 4173), prints the URL, and stops cleanly on
 * Ctrl-C (SIGINT) or SIGTERM with exit code 0, so `pnpm start` does not end with
 * "ELIFECYCLE Command failed". Used by `node serve.mjs` and by the root `scripts/start.mjs`.
 *
 * @example
 * await serveFromCommandLine({ root: 'packages/app/dist' });
 */
export async function serveFromCommandLine({ root, env = process.env } = {}) {
  if (root === undefined || !existsSync(join(root, 'index.html'))) {
    console.error(`relcap visualizer: ${root ?? 'the app'} has no index.html; run \`pnpm start\` (or \`pnpm build\`) first.`);
    process.exit(1);
  }
  const port = env.PORT !== undefined ? Number(env.PORT) : 4173;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`relcap visualizer: PORT must be a port number 0..65535, found "${env.PORT}"`);
    process.exit(1);
  }
  // Handlers first, URL last: whoever reads the URL may stop the server at once.
  // `on`, not `once`: under `pnpm start` Ctrl-C arrives twice (from the terminal to the process
  // group and relayed by pnpm); a second, unhandled SIGINT would kill the process mid-close.
  let server;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    (server === undefined ? Promise.resolve() : server.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server = await startServer({ port, root });
  console.log(`relcap visualizer: ${server.url}  (Ctrl-C stops it)`);
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
// The folder to serve: the first argument, else the app (packages/app/dist).
if (isMain) await serveFromCommandLine({ root: process.argv[2] !== undefined ? resolve(process.argv[2]) : fileURLToPath(new URL('../../app/dist/', import.meta.url)) });

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
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // The folder to serve: the first argument, else the app (packages/app/dist).
  const root = process.argv[2] !== undefined ? resolve(process.argv[2]) : fileURLToPath(new URL('../../app/dist/', import.meta.url));
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`relcap: ${root}/index.html is missing; run \`pnpm build\` first.`);
    process.exit(1);
  }
  const port = process.env.PORT !== undefined ? Number(process.env.PORT) : 4173;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`relcap visualizer: PORT must be a port number 0..65535, found "${process.env.PORT}"`);
    process.exit(1);
  }
  const { url } = await startServer({ port, root });
  console.log(`relcap: ${url}`);
}

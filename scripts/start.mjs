#!/usr/bin/env node
// `pnpm start`: builds only the app (Vite, with @relcap/* resolved to their sources by the app's
// Vite config: no library build and no declaration build on the way) and serves it on 127.0.0.1.
// One Node process from build to server, so Ctrl-C reaches the server's own SIGINT handler and
// `pnpm start` ends with exit code 0.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The app's Vite config and its output folder (adapt both when the app moves). */
const APP_VITE_CONFIG = fileURLToPath(new URL('../packages/app/vite.config.ts', import.meta.url));
const APP_DIST = fileURLToPath(new URL('../packages/app/dist/', import.meta.url));
/** The static server with the app's Content-Security-Policy. */
const SERVER = '../packages/visualizer/scripts/serve.mjs';

await build({ configFile: APP_VITE_CONFIG, logLevel: 'warn' });
const { serveFromCommandLine } = await import(SERVER);
await serveFromCommandLine({ root: APP_DIST });

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The app behind `pnpm start`: packages/visualizer/app -> packages/visualizer/dist/app.
// Relative base (works from any path and from file://), no external URLs, no modulepreload
// polyfill; the example map and survey are bundled as text at build time. @relcap/core resolves to
// its sources, so `pnpm start` needs no library build (and no declaration build) first.
export default defineConfig({
  resolve: {
    alias: [{ find: /^@relcap\/core$/, replacement: fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) }],
  },
  root: fileURLToPath(new URL('./app', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/app', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
});

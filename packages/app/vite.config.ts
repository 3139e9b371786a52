import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The app behind `pnpm start`: packages/app -> packages/app/dist. Relative base (works from any
// path and from file://), no external URLs, no modulepreload polyfill; the example map and survey
// are bundled as text at build time. JSX is Preact's (automatic runtime). @relcap/core and
// @relcap/visualizer resolve to the sources of their public entries, so `pnpm start` needs no
// library build (and no declaration build) first.
const src = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@relcap\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@relcap\/visualizer$/, replacement: src('visualizer/src/index.ts') },
      { find: /^@relcap\/visualizer\/style\.css$/, replacement: src('visualizer/src/relcap.css') },
    ],
  },
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // The scoring worker (src/worker) is a module worker: ES format, so it can share chunks with the page.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
});

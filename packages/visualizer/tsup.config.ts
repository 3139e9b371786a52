import { defineConfig } from 'tsup';

// Two builds of one source:
// - dist/index.js (+ .d.ts): ESM for bundlers; d3, sigma, graphology and @relcap/core stay imports.
//   Readable, unminified and shipped without source maps (docs/packaging.md).
// - dist/relcap-visualizer.standalone.js: everything in one ES module for a plain HTML page
//   without a bundler (examples/embed), plus dist/relcap.css.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'browser',
    external: ['@relcap/core', /^d3/, /^sigma/, /^graphology/],
  },
  {
    entry: { 'relcap-visualizer.standalone': 'src/index.ts', relcap: 'src/relcap.css' },
    format: ['esm'],
    sourcemap: false,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
  },
]);

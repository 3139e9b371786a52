import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string): string => fileURLToPath(new URL(`./packages/${file}`, import.meta.url));

// Tests run against the sources (aliases), browser tests against the built app (see tests/browser).
export default defineConfig({
  resolve: {
    // Exact matches, so the subpath '@relcap/visualizer/node' gets its own entry.
    alias: [
      { find: /^@relcap\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@relcap\/visualizer$/, replacement: src('visualizer/src/index.ts') },
      { find: /^@relcap\/visualizer\/node$/, replacement: src('visualizer/src/node.ts') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});

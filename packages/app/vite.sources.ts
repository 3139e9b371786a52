import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const pkg = (file: string): string => fileURLToPath(new URL(`../${file}`, import.meta.url));

/**
 * @relcap/core and @relcap/visualizer resolved to their sources, so the offline builds
 * (`pnpm build:app`) need no library build and no declaration build first. Exact matches, so a
 * subpath entry gets its own line.
 */
export const SOURCE_ALIASES: Alias[] = [
  { find: /^@relcap\/core$/, replacement: pkg('core/src/index.ts') },
  { find: /^@relcap\/visualizer$/, replacement: pkg('visualizer/src/index.ts') },
  { find: /^@relcap\/visualizer\/style\.css$/, replacement: pkg('visualizer/src/relcap.css') },
];

import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { singleFileCsp } from './build/single-file-csp';
import base from './vite.config';

// `pnpm build:app`, part 1: the whole app as ONE file, packages/app/dist-single/relcap.html, that
// works when opened from disk (file://) with no server. vite-plugin-singlefile inlines the script
// (dynamic imports included: one chunk) and the styles; the only worker code in the bundle
// (papaparse's optional worker) is started from a blob: URL made in the page; the app has no fonts
// or images of its own (system fonts). @relcap/* resolve to their sources (vite.config.ts).
// singleFileCsp then pins the inline script by its hash in the page's Content-Security-Policy.
export default mergeConfig(
  base,
  defineConfig({
    plugins: [viteSingleFile({ outputFileName: 'relcap.html' }), singleFileCsp()],
    build: {
      outDir: fileURLToPath(new URL('./dist-single', import.meta.url)),
      sourcemap: false,
    },
  }),
);

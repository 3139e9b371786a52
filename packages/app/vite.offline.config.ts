import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import { offlinePwa } from './build/offline-pwa';
import base from './vite.config';

// `pnpm build:app`, part 2: the app as a static folder, packages/app/dist-offline/, for a
// municipality's intranet: copy the folder to any web server; after the first load a service
// worker answers from its cache, so the app opens without the server (and without a network).
export default mergeConfig(
  base,
  defineConfig({
    plugins: [offlinePwa()],
    build: {
      outDir: fileURLToPath(new URL('./dist-offline', import.meta.url)),
      sourcemap: false,
    },
  }),
);

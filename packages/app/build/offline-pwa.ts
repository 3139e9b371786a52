// A Vite plugin for the offline folder (the app on a municipality's intranet): links the web app
// manifest and icons in the page, loads the service worker's registration, and writes
// manifest.json, the icons and sw.js (precache list: every file of the build) next to index.html.
import { createHash } from 'node:crypto';
import type { Plugin, Rollup } from 'vite';
import { ICON_BACKGROUND, iconPng, iconSvg } from './app-icons';
import { serviceWorkerSource } from './service-worker-source';

/** The web app manifest (Danish first, as the page; the app itself follows the browser language). */
export const MANIFEST = {
  name: 'relcap: netværkskort',
  short_name: 'relcap',
  description: 'Netværkskort over relationel koordinering omkring et barn. Data bliver i browseren.',
  lang: 'da',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#f3f4f6',
  theme_color: ICON_BACKGROUND,
  icons: [
    { src: './icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: './icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
    { src: './icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
  ],
} as const;

/**
 * The precache list of a finished bundle: every emitted file except source maps and the worker
 * itself, as paths relative to the worker, sorted. Not the folder ('./'): a server without
 * directory index would fail the whole install; page loads are answered with index.html.
 *
 * @example
 * ```ts
 * precacheList(bundle); // ['./assets/index-abc.css', './assets/index-abc.js', './icon-192.png', …]
 * ```
 */
export function precacheList(bundle: Rollup.OutputBundle): string[] {
  return Object.keys(bundle)
    .filter((f) => !f.endsWith('.map') && f !== 'sw.js')
    .map((f) => `./${f}`)
    .sort();
}

/** A hash of every file's name and content: the service worker's cache version. */
function bundleVersion(bundle: Rollup.OutputBundle): string {
  const h = createHash('sha256');
  for (const name of Object.keys(bundle).sort()) {
    const f = bundle[name];
    if (f === undefined) continue;
    h.update(name);
    h.update(f.type === 'chunk' ? f.code : f.source);
  }
  return h.digest('hex').slice(0, 16);
}

/** The plugin. */
export function offlinePwa(): Plugin {
  return {
    name: 'relcap:offline-pwa',
    transformIndexHtml: {
      // 'pre': the registration script is then bundled like the app's own entry.
      order: 'pre',
      handler: (html: string) => ({
        html: html.replace(/\s*<link rel="icon" href="data:," \/>/, ''),
        tags: [
          { tag: 'link', attrs: { rel: 'manifest', href: './manifest.json' }, injectTo: 'head' },
          { tag: 'link', attrs: { rel: 'icon', href: './icon.svg', type: 'image/svg+xml' }, injectTo: 'head' },
          { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './icon-192.png' }, injectTo: 'head' },
          { tag: 'meta', attrs: { name: 'theme-color', content: ICON_BACKGROUND }, injectTo: 'head' },
          { tag: 'script', attrs: { type: 'module', src: './src/offline/register-service-worker.ts' }, injectTo: 'body' },
        ],
      }),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle): void {
        // manifest.json rather than .webmanifest: intranet servers (IIS) refuse unknown extensions.
        this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(MANIFEST, null, 2)}\n` });
        this.emitFile({ type: 'asset', fileName: 'icon.svg', source: iconSvg() });
        this.emitFile({ type: 'asset', fileName: 'icon-192.png', source: iconPng(192) });
        this.emitFile({ type: 'asset', fileName: 'icon-512.png', source: iconPng(512) });
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(bundleVersion(bundle), precacheList(bundle)) });
      },
    },
  };
}

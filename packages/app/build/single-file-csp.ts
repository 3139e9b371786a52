// A Vite plugin for the single-file app (relcap.html): after vite-plugin-singlefile has inlined
// the script and the styles, it replaces the page's Content-Security-Policy by one that allows
// exactly that inline script (by its SHA-256 hash) and nothing from any host, and it fails the
// build when anything in the file would still be fetched (a src or href that is not data:/blob:/#).
import { createHash } from 'node:crypto';
import type { Plugin, Rollup } from 'vite';

/** The policy of relcap.html without its script hash: nothing from any origin, not even 'self'. */
export const SINGLE_FILE_CSP_BASE = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  // Worker code in the bundle (papaparse's optional worker) starts from a blob: URL.
  'worker-src blob:',
  "connect-src 'none'",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const FETCHING_ATTRIBUTE = /\b(?:src|href)\s*=\s*"(?!data:|blob:|#)([^"]*)"/gi;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const FETCHING_CSS = /url\(\s*['"]?(?!data:|#)([^'")]*)|@import\s+['"]?([^'";\s]*)/gi;

/** The CSP `'sha256-…'` source of an inline script's text, exactly as the browser hashes it. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * Rewrites the CSP meta of a single-file page: `script-src` lists the hash of each inline script.
 * Throws when the page has no CSP meta, no inline script, a script with `src`, or any attribute
 * or style (`url(…)`, `@import`) that would fetch something.
 *
 * @example
 * ```ts
 * const html = withSingleFileCsp('<meta http-equiv="Content-Security-Policy" content="x"><script type="module">go()</script>');
 * ```
 */
export function withSingleFileCsp(html: string): string {
  if (!CSP_META.test(html)) throw new Error('single-file build: the page has no Content-Security-Policy meta to rewrite');
  const hashes: string[] = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/.test(m[1] ?? '')) throw new Error(`single-file build: a script still has a src (${m[1]}); it would be fetched`);
    hashes.push(scriptHash(m[2] ?? ''));
  }
  if (hashes.length === 0) throw new Error('single-file build: no inline script found');
  const page = html.replace(INLINE_SCRIPT, '');
  const fetching = [...page.matchAll(FETCHING_ATTRIBUTE)].map((m) => m[1]);
  for (const style of page.matchAll(STYLE_BLOCK)) fetching.push(...[...(style[1] ?? '').matchAll(FETCHING_CSS)].map((m) => m[1] ?? m[2]));
  if (fetching.length > 0) throw new Error(`single-file build: the page would still fetch ${fetching.join(', ')}`);
  const policy = [...SINGLE_FILE_CSP_BASE, `script-src ${hashes.join(' ')}`].join('; ');
  return html.replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

/** Placeholder hash until the script is known (tells vite-plugin-singlefile the policy is handled). */
const PENDING = "'sha256-pending'";

/**
 * The plugin: puts the single-file policy (with a placeholder hash) in the page first, then, after
 * vite-plugin-singlefile has inlined everything, the real hash on every HTML file of the bundle.
 */
export function singleFileCsp(): Plugin {
  return {
    name: 'relcap:single-file-csp',
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler(html: string): string {
        if (!CSP_META.test(html)) throw new Error('single-file build: the page has no Content-Security-Policy meta to rewrite');
        const policy = [...SINGLE_FILE_CSP_BASE, `script-src ${PENDING}`].join('; ');
        return html.replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle): void {
        for (const [name, file] of Object.entries(bundle)) {
          if (!name.endsWith('.html') || file.type !== 'asset') continue;
          const asset = file as Rollup.OutputAsset;
          asset.source = withSingleFileCsp(String(asset.source));
        }
      },
    },
  };
}

// The build helpers of `pnpm build:app` (packages/app/build): the single file's policy, the
// service worker's source and precache list, the icons. The built files themselves are proven in
// Chromium by tests/browser/offline-app.test.ts.
import { crc32, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ICON_BACKGROUND, iconPng, iconSvg } from '../build/app-icons';
import { MANIFEST, precacheList } from '../build/offline-pwa';
import { CACHE_PREFIX, serviceWorkerSource } from '../build/service-worker-source';
import { SINGLE_FILE_CSP_BASE, scriptHash, withSingleFileCsp } from '../build/single-file-csp';

const META = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />';

describe('the single file policy', () => {
  it('hashes a script as the browser does (SHA-256 of the UTF-8 text, base64)', () => {
    // The well-known digests of the empty string and of "abc" (FIPS 180-2, appendix B.1).
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });

  it('pins every inline script by its hash and allows no origin', () => {
    const html = `<html><head>${META}<script type="module">a()</script></head><body><script>b()</script></body></html>`;
    const out = withSingleFileCsp(html);
    const policy = /content="([^"]*)"/.exec(out)?.[1];
    expect(policy).toBe([...SINGLE_FILE_CSP_BASE, `script-src ${scriptHash('a()')} ${scriptHash('b()')}`].join('; '));
    expect(policy).not.toContain("'self'");
    expect(out).toContain('<script type="module">a()</script>');
  });

  it('refuses a page that would still fetch something, or has no policy or no script', () => {
    expect(() => withSingleFileCsp(`${META}<script src="./a.js"></script>`)).toThrow(/still has a src/);
    expect(() => withSingleFileCsp(`${META}<link rel="stylesheet" href="./a.css"><script>x</script>`)).toThrow(/would still fetch \.\/a\.css/);
    expect(() => withSingleFileCsp(`${META}<img src="https://example.org/x.png"><script>x</script>`)).toThrow(/example\.org/);
    expect(() => withSingleFileCsp(`${META}<style>a{background:url('./bg.png')}</style><script>x</script>`)).toThrow(/would still fetch \.\/bg\.png/);
    expect(() => withSingleFileCsp(`${META}<style>@import "x.css";</style><script>x</script>`)).toThrow(/would still fetch x\.css/);
    expect(() => withSingleFileCsp('<script>x</script>')).toThrow(/no Content-Security-Policy/);
    expect(() => withSingleFileCsp(META)).toThrow(/no inline script/);
    // data: URLs and fragments stay in the page.
    expect(() => withSingleFileCsp(`${META}<link rel="icon" href="data:,"><a href="#x">x</a><style>a{background:url(data:,);fill:url(#m)}</style><script>x</script>`)).not.toThrow();
  });
});

describe('the service worker', () => {
  const bundle = (names: string[]): Parameters<typeof precacheList>[0] =>
    Object.fromEntries(names.map((n) => [n, { type: 'asset', fileName: n, source: '' }])) as unknown as Parameters<typeof precacheList>[0];

  it('precaches every built file but source maps and itself, relative and sorted', () => {
    const list = precacheList(bundle(['index.html', 'assets/index-b.js', 'assets/index-b.js.map', 'sw.js', 'manifest.json', 'assets/index-a.css']));
    expect(list).toEqual(['./assets/index-a.css', './assets/index-b.js', './index.html', './manifest.json']);
  });

  it('writes a script that parses, with its cache named by the version and the files listed', () => {
    const files = ['./index.html', './assets/æ ø.js'];
    const source = serviceWorkerSource('0123abcd', files);
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain(`const CACHE = "${CACHE_PREFIX}0123abcd";`);
    expect(source).toContain(JSON.stringify(files, null, 2));
  });

  it('takes a hex hash as version and refuses anything that could break out of the string', () => {
    const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 64 });
    fc.assert(fc.property(hex, (v) => {
          expect(serviceWorkerSource(v, [])).toContain(`${CACHE_PREFIX}${v}`);
        }));
    const breaking = fc.tuple(hex, fc.constantFrom('"', "'", '\n', '`', '\\', ' ', 'G'), hex).map(([a, b, c]) => a + b + c);
    fc.assert(fc.property(breaking, (v) => {
          expect(() => serviceWorkerSource(v, [])).toThrow(/version must be a hex hash/);
        }));
    expect(() => serviceWorkerSource('abc', [])).toThrow(/version/);
  });
});

describe('the icons', () => {
  /** Width, height and the RGB of pixel (x, y) of an unfiltered RGB PNG, read with node:zlib. */
  function readPng(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[]; crcOk: boolean } {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    let at = 8;
    let crcOk = true;
    let header: Buffer = Buffer.alloc(0);
    const idat: Buffer[] = [];
    while (at < png.length) {
      const len = png.readUInt32BE(at);
      const type = png.toString('latin1', at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + len);
      crcOk &&= crc32(png.subarray(at + 4, at + 8 + len)) === png.readUInt32BE(at + 8 + len);
      if (type === 'IHDR') header = data;
      if (type === 'IDAT') idat.push(data);
      at += 12 + len;
    }
    const width = header.readUInt32BE(0);
    const raw = inflateSync(Buffer.concat(idat));
    const pixel = (x: number, y: number): number[] => [...raw.subarray(y * (1 + width * 3) + 1 + x * 3, y * (1 + width * 3) + 4 + x * 3)];
    return { width, height: header.readUInt32BE(4), pixel, crcOk };
  }
  const bg = [1, 3, 5].map((i) => Number.parseInt(ICON_BACKGROUND.slice(i, i + 2), 16));

  it('draws the PNGs of the manifest: right size, valid chunks, white centre on the blue background', () => {
    for (const size of [192, 512]) {
      const png = readPng(iconPng(size));
      expect([png.width, png.height, png.crcOk]).toEqual([size, size, true]);
      expect(png.pixel(size / 2, size / 2)).toEqual([255, 255, 255]);
      expect(png.pixel(0, 0)).toEqual(bg);
      expect(png.pixel(size - 1, size - 1)).toEqual(bg);
    }
    expect(MANIFEST.icons.map((i) => i.sizes)).toEqual(['any', '192x192', '512x512']);
  });

  it('refuses sizes it cannot draw in bounded time', () => {
    for (const size of [0, -1, 1.5, 1025, Number.NaN]) expect(() => iconPng(size)).toThrow(RangeError);
  });

  it('writes an SVG with the same background', () => {
    expect(iconSvg()).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">\\n<rect width="100" height="100" fill="${ICON_BACKGROUND}"/>`));
  });
});

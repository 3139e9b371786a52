// The offline app's icons, drawn from one small geometry: a child (the centre) with six actors on
// a ring around it, white on the app's blue, as SVG and as PNG (a tiny rasteriser and PNG encoder,
// so the build needs no image library). Full-bleed background with the drawing inside the central
// 80 %, so the icons also work as "maskable" (cropped to a circle by Android).
import { deflateSync } from 'node:zlib';

/** Icon geometry in a 0..1 square. */
interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}
interface Line {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly w: number;
}

export const ICON_BACKGROUND = '#0b4f82';
const BACKGROUND_RGB = [0x0b, 0x4f, 0x82] as const;
const RING = 0.28;
const ACTORS = 6;
const CENTRE: Circle = { x: 0.5, y: 0.5, r: 0.085 };
const actors: Circle[] = Array.from({ length: ACTORS }, (_, i) => {
  const a = -Math.PI / 2 + (2 * Math.PI * i) / ACTORS;
  return { x: 0.5 + RING * Math.cos(a), y: 0.5 + RING * Math.sin(a), r: 0.055 };
});
const lines: Line[] = actors.map((c) => ({ x1: 0.5, y1: 0.5, x2: c.x, y2: c.y, w: 0.022 }));
const circles: Circle[] = [CENTRE, ...actors];

const round = (v: number): string => (Math.round(v * 10000) / 100).toString();

/**
 * The icon as SVG text (a 100×100 view box).
 *
 * @example
 * ```ts
 * writeFileSync('icon.svg', iconSvg());
 * ```
 */
export function iconSvg(): string {
  const l = lines.map((s) => `<line x1="${round(s.x1)}" y1="${round(s.y1)}" x2="${round(s.x2)}" y2="${round(s.y2)}" stroke-width="${round(s.w)}"/>`);
  const c = circles.map((s) => `<circle cx="${round(s.x)}" cy="${round(s.y)}" r="${round(s.r)}"/>`);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
    `<rect width="100" height="100" fill="${ICON_BACKGROUND}"/>`,
    `<g stroke="#ffffff" stroke-linecap="round">${l.join('')}</g>`,
    `<g fill="#ffffff">${c.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Whether a point of the 0..1 square is white (on a line or a circle). */
function inShape(x: number, y: number): boolean {
  for (const c of circles) if ((x - c.x) ** 2 + (y - c.y) ** 2 <= c.r ** 2) return true;
  for (const s of lines) {
    const dx = s.x2 - s.x1;
    const dy = s.y2 - s.y1;
    const t = Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy)));
    if ((x - s.x1 - t * dx) ** 2 + (y - s.y1 - t * dy) ** 2 <= (s.w / 2) ** 2) return true;
  }
  return false;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Samples per pixel side (SAMPLES² per pixel) for smooth edges. */
const SAMPLES = 4;
/** Largest icon drawn: a 1024-pixel square is 16 M samples, a fraction of a second. */
export const MAX_ICON_SIZE = 1024;

/**
 * The icon as an RGB PNG of `size`×`size` pixels (1..{@link MAX_ICON_SIZE}), edges smoothed by
 * 4×4 supersampling.
 *
 * @example
 * ```ts
 * writeFileSync('icon-192.png', iconPng(192));
 * ```
 */
export function iconPng(size: number): Buffer {
  if (!Number.isInteger(size) || size < 1 || size > MAX_ICON_SIZE) throw new RangeError(`iconPng: size must be an integer 1..${MAX_ICON_SIZE}, got ${size}`);
  const row = 1 + size * 3;
  const raw = Buffer.alloc(row * size);
  for (let py = 0; py < size; py++) {
    raw[py * row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) if (inShape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) white++;
      }
      const f = white / (SAMPLES * SAMPLES);
      const at = py * row + 1 + px * 3;
      for (let k = 0; k < 3; k++) raw[at + k] = Math.round((BACKGROUND_RGB[k] as number) * (1 - f) + 255 * f);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

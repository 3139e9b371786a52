import { RelcapError } from '@relcap/core';

/** Options of {@link exportPng}. */
export interface ExportPngOptions {
  /** Pixels per SVG unit (2 = twice the size, sharp on a projector or in print). */
  readonly scale: number;
}

export const DEFAULT_EXPORT_PNG_OPTIONS: ExportPngOptions = { scale: 2 };

/**
 * Renders an SVG document (from `exportSvg`) to a PNG blob: the SVG becomes a `blob:` URL, is
 * drawn on a canvas `scale` times its size on white, and encoded as PNG. Local only: no request
 * leaves the page (the Content-Security-Policy allows `img-src blob:`).
 *
 * @throws RelcapError `RELCAP_VIS_BAD_SCALE` when scale is not a positive finite number.
 * @example
 * ```ts
 * const png = await exportPng(svgText, { scale: 2 });
 * ```
 */
export async function exportPng(svgText: string, options: Partial<ExportPngOptions> = {}): Promise<Blob> {
  const { scale } = { ...DEFAULT_EXPORT_PNG_OPTIONS, ...options };
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8) {
    throw new RelcapError('RELCAP_VIS_BAD_SCALE', 'exportPng: invalid option "scale"', { value: String(scale), expected: 'a number above 0 and at most 8' });
  }
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new RelcapError('RELCAP_VIS_PNG_FAILED', 'exportPng: the browser could not draw the SVG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new RelcapError('RELCAP_VIS_PNG_FAILED', 'exportPng: no 2D canvas available');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((b) => (b === null ? reject(new RelcapError('RELCAP_VIS_PNG_FAILED', 'exportPng: the canvas gave no PNG')) : resolve(b)), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

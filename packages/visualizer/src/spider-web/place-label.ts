import type { PlacedLabel, SpiderWebAxis, SpiderWebOptions, WebPoint } from './types';
import { wrapLabel } from './wrap-label';

/**
 * Places an axis label just outside the outer ring: anchored at its start on the right, its end
 * on the left, centred at the top and bottom; a block of wrapped lines grows away from the web
 * (upwards at the top, downwards at the bottom, centred on the sides).
 *
 * @example
 * ```ts
 * placeLabel({ key: 'a', label: 'We meet' }, { x: 0, y: -1 }, 100, DEFAULT_SPIDER_WEB_OPTIONS).anchor; // 'middle'
 * ```
 */
export function placeLabel(axis: SpiderWebAxis, unit: WebPoint, radius: number, o: SpiderWebOptions): PlacedLabel {
  const lines = wrapLabel(axis.label, o.labelChars, o.labelLines);
  const lineHeight = o.fontSize * 1.2;
  const gap = o.fontSize * 0.8;
  const x = unit.x * (radius + gap);
  const py = unit.y * (radius + gap);
  const anchor = Math.abs(unit.x) < 0.2 ? 'middle' : unit.x > 0 ? 'start' : 'end';
  const block = (lines.length - 1) * lineHeight;
  const y = unit.y < -0.5 ? py - block : unit.y > 0.5 ? py + o.fontSize * 0.8 : py - block / 2 + o.fontSize * 0.35;
  return { key: axis.key, text: axis.label, lines, x, y, lineHeight, anchor, flagged: axis.flagged === true };
}

import { RelcapError } from '@relcap/core';
import type { LineStyle } from '../scene/types';

/** A scene that the WebGL renderer cannot draw as asked (e.g. a dash pattern it cannot express). */
export class WebglSceneError extends RelcapError {
  override name = 'WebglSceneError';
}

/** Dash pattern for the edge program: on, off, on, off lengths in screen pixels; all 0 = solid. */
export type DashPattern = readonly [number, number, number, number];

/** A solid line. */
export const SOLID: DashPattern = [0, 0, 0, 0];

/**
 * Reads an SVG `stroke-dasharray` ("6 4", "1,3", "8 3 2 3") as the edge program's 4-slot pattern.
 * As in SVG, a list of odd length is repeated once ("2" = "2 2"). Empty, "none" and all-zero lists
 * are solid.
 *
 * @throws WebglSceneError when a value is not a non-negative number, or when the (repeated) list
 *   has more than 4 values: the WebGL edge program has 4 slots and does not silently cut patterns.
 * @example
 * ```ts
 * parseDash('6 4'); // [6, 4, 6, 4]
 * parseDash('1,3'); // [1, 3, 1, 3]
 * parseDash('');    // [0, 0, 0, 0]
 * ```
 */
export function parseDash(dash: string, where = 'dash'): DashPattern {
  const text = dash.trim();
  if (text === '' || text === 'none') return SOLID;
  const parts = text.split(/[\s,]+/).map(Number);
  if (parts.some((x) => !Number.isFinite(x) || x < 0)) {
    throw new WebglSceneError('RELCAP_WEBGL_BAD_DASH', 'webgl/parseDash: invalid dash pattern', {
      path: where,
      value: dash,
      expected: 'space- or comma-separated non-negative numbers (an SVG stroke-dasharray)',
    });
  }
  const even = parts.length % 2 === 1 ? [...parts, ...parts] : parts;
  if (even.every((x) => x === 0)) return SOLID;
  if (even.length === 2) return [even[0]!, even[1]!, even[0]!, even[1]!];
  if (even.length === 4) return [even[0]!, even[1]!, even[2]!, even[3]!];
  throw new WebglSceneError('RELCAP_WEBGL_DASH_TOO_LONG', 'webgl/parseDash: dash pattern too long for the WebGL view', {
    path: where,
    value: dash,
    expected: 'at most 4 values (after repeating an odd-length list), e.g. "8 3 2 3"',
  });
}

/** How wide the zig-zag of a stressful line swings, in screen pixels at zoom 1. */
export const ZIGZAG_AMPLITUDE = 3;

/**
 * The pattern of one line style for the edge program: its dash (from the SVG dasharray) and its
 * zig-zag amplitude (`ZIGZAG_AMPLITUDE` when the style is drawn as a zig-zag, else 0).
 *
 * @example
 * ```ts
 * linePattern(scene.styles.weak); // { dash: [6, 4, 6, 4], zigzag: 0 }
 * ```
 */
export function linePattern(style: LineStyle): { dash: DashPattern; zigzag: number } {
  return { dash: parseDash(style.dash, `styles.${style.key}.dash`), zigzag: style.zigzag ? ZIGZAG_AMPLITUDE : 0 };
}

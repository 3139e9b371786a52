import { bandRelationLabel } from '@relcap/core';
import type { LineStyle, LineStyleKey } from './types';

/** Every line style key, in legend order. */
export const LINE_STYLE_KEYS: readonly LineStyleKey[] = ['strong', 'moderate', 'weak', 'stressful', 'missing', 'gap', 'unknown'];

/**
 * The default look of each relation style, after the eco-map conventions (Hartman 1978;
 * docs/map-format.md): strong = thick solid line, weak = thin dashed line, missing = dotted line
 * in its own colour, stressful = zig-zag. Width and dash carry the meaning, colour repeats it
 * (Okabe-Ito colour-blind-safe palette), so a map reads in greyscale print as well.
 * `moderate` is the RC middle band (3.5..4.0), `unknown` a suppressed or unscored rating (never
 * drawn as missing), `gap` a pair of professionals with no relation at all (the gaps toggle).
 *
 * @example
 * ```ts
 * const styles = { ...DEFAULT_LINE_STYLES, weak: { ...DEFAULT_LINE_STYLES.weak, color: '#888' } };
 * ```
 */
export const DEFAULT_LINE_STYLES: Readonly<Record<LineStyleKey, LineStyle>> = {
  strong: { key: 'strong', width: 5, dash: '', zigzag: false, color: '#0072b2', label: bandRelationLabel('strong') },
  moderate: {
    key: 'moderate',
    width: 3,
    dash: '14 5',
    zigzag: false,
    color: '#009e73',
    label: bandRelationLabel('moderate'),
  },
  weak: { key: 'weak', width: 2.2, dash: '7 6', zigzag: false, color: '#3d8fc6', label: bandRelationLabel('weak') },
  stressful: {
    key: 'stressful',
    width: 2.5,
    dash: '',
    zigzag: true,
    color: '#882255',
    label: { da: 'Belastet relation (konflikt)', en: 'Stressful relation (conflict)' },
  },
  missing: {
    key: 'missing',
    width: 3.5,
    dash: '0.1 8',
    zigzag: false,
    color: '#d55e00',
    label: { da: 'Manglende relation', en: 'Missing relation' },
  },
  gap: {
    key: 'gap',
    width: 2.5,
    dash: '0.1 6',
    zigzag: false,
    color: '#e69f00',
    label: { da: 'Ingen relation (hul)', en: 'No relation (gap)' },
  },
  unknown: {
    key: 'unknown',
    width: 2,
    dash: '10 4 2 4',
    zigzag: false,
    color: '#8a8a8a',
    label: { da: 'Ukendt (for få svar)', en: 'Unknown (too few raters)' },
  },
};

/**
 * Merges user overrides into the default styles (per key, per field), so a legend can be
 * configured without restating every style. The key of each style stays its record key.
 *
 * @example
 * ```ts
 * mergeLineStyles({ missing: { color: '#000' } }).missing.color; // '#000'
 * ```
 */
export function mergeLineStyles(
  overrides: Partial<Record<LineStyleKey, Partial<LineStyle>>> = {},
  base: Readonly<Record<LineStyleKey, LineStyle>> = DEFAULT_LINE_STYLES,
): Readonly<Record<LineStyleKey, LineStyle>> {
  const out = {} as Record<LineStyleKey, LineStyle>;
  for (const key of LINE_STYLE_KEYS) out[key] = { ...base[key], ...(overrides[key] ?? {}), key };
  return out;
}

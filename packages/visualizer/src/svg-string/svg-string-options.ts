import type { LegendOptions } from '../ui/legend';

/** Options of {@link sceneToSvgString}. */
export interface SvgStringOptions {
  /**
   * Prefix of the ids inside the SVG (arrow markers), so that several drawings in one HTML page
   * do not share ids. Letters, digits, `-` and `_`, starting with a letter.
   */
  readonly idPrefix: string;
  /** Padding around the scene bounds, in scene units. */
  readonly padding: number;
  /** Height of the map area in px; the width follows the scene's aspect ratio. */
  readonly mapHeight: number;
  /** Draw the scene title as a heading above the map. */
  readonly showTitle: boolean;
  /** A line under the title, e.g. the round or the date. */
  readonly subtitle?: string;
  /** Draw the legend beside the map. */
  readonly legend: boolean;
  /** Which legend rows (see `legendEntries`). */
  readonly legendOptions: Partial<LegendOptions>;
  /** Background colour of the whole drawing. */
  readonly background: string;
}

/**
 * Defaults of {@link SvgStringOptions}: prefix `relcap`, padding 40, map 800 px high, with title
 * and legend on a white background.
 *
 * @example
 * ```ts
 * sceneToSvgString(scene, { ...DEFAULT_SVG_STRING_OPTIONS, legend: false });
 * ```
 */
export const DEFAULT_SVG_STRING_OPTIONS: SvgStringOptions = {
  idPrefix: 'relcap',
  padding: 40,
  mapHeight: 800,
  showTitle: true,
  legend: true,
  legendOptions: {},
  background: '#ffffff',
};

import { type BandThresholds, DEFAULT_BANDS, type Profession, type Sector } from '@relcap/core';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from './layout';
import { DEFAULT_SECTOR_COLORS, type NodeColors } from './node-style';
import type { Lang, LineStyle, LineStyleKey } from './types';

/** Options of `buildScene`: language, gaps, bands, styles, layout. */
export interface SceneOptions extends LayoutOptions {
  readonly lang: Lang;
  /** Add a `gap` edge for every pair of professionals with no relation at all (`findGaps`). */
  readonly showGaps: boolean;
  /** RC band thresholds for rated relations (default weak < 3.5 <= moderate <= 4.0 < strong). */
  readonly bands: BandThresholds;
  /** Per-style overrides of `DEFAULT_LINE_STYLES` (a configurable legend). */
  readonly styles: Partial<Record<LineStyleKey, Partial<LineStyle>>>;
  readonly sectorColors: Readonly<Record<Sector, NodeColors>>;
  /** Positions pinned by the user (scene coordinates); they win over the map's saved positions. */
  readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
  /**
   * Where actors without a stored position were drawn before (scene coordinates, e.g. the nodes
   * of the previous scene): they stay there, so an edit moves only what it changes.
   */
  readonly previous?: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  /** Distance between two rings (scene units): ring k lies at `k x ringGap`; one ring unit of a stored position. */
  readonly ringGap: number;
  /** Room between neighbours on a role network's circle (its radius when no role is placed yet). */
  readonly minSpacing: number;
  readonly nodeRadius: number;
  readonly childRadius: number;
  /** Curvature step between parallel edges of one pair (see `assignCurvatures`). */
  readonly curveSpacing: number;
  /** Professions besides the catalogue, for sectors and translated names. */
  readonly professions: readonly Profession[];
  /** Title shown on the scene and in exports; default the map's title (and round). */
  readonly title?: string;
}

/**
 * Defaults of {@link SceneOptions}: Danish, gaps hidden, default bands (docs/scoring.md, rule 3), default styles.
 *
 * @example
 * ```ts
 * buildScene(map, { ...DEFAULT_SCENE_OPTIONS, lang: 'en' });
 * ```
 */
export const DEFAULT_SCENE_OPTIONS: SceneOptions = {
  ...DEFAULT_LAYOUT_OPTIONS,
  lang: 'da',
  showGaps: false,
  bands: DEFAULT_BANDS,
  styles: {},
  sectorColors: DEFAULT_SECTOR_COLORS,
  positions: {},
  ringGap: 150,
  minSpacing: 190,
  nodeRadius: 28,
  childRadius: 38,
  curveSpacing: 0.3,
  professions: [],
};

import type { NodeShape, Scene } from '../scene/types';
import type { LineStyle, LineStyleKey } from '../scene/types';
import { type StringKey, t } from './i18n';

/** Which entries the legend shows. Practice varies, so every part can be switched off or relabelled. */
export interface LegendOptions {
  /** Show the legend at all (on screen; exports always carry it unless false). */
  readonly visible: boolean;
  /** `auto`: the eco-map styles always (strong, weak, stressful, missing) plus any other style on the map; or a fixed list. */
  readonly styles: 'auto' | readonly LineStyleKey[];
  /** Show the node shapes (anchoring) and the coordinator/authority marks. */
  readonly shapes: boolean;
  /** Replace a style's legend text. */
  readonly labels: Partial<Record<LineStyleKey, string>>;
}

export const DEFAULT_LEGEND_OPTIONS: LegendOptions = { visible: true, styles: 'auto', shapes: true, labels: {} };

/** One row of the legend. */
export type LegendEntry =
  | { readonly kind: 'line'; readonly style: LineStyle; readonly text: string }
  | { readonly kind: 'shape'; readonly shape: NodeShape; readonly text: string }
  | { readonly kind: 'coordinator' | 'authority' | 'arrow' | 'self-tie'; readonly text: string };

const ECO_MAP: readonly LineStyleKey[] = ['strong', 'weak', 'stressful', 'missing'];
const ORDER: readonly LineStyleKey[] = ['strong', 'moderate', 'weak', 'stressful', 'missing', 'gap', 'unknown'];

/**
 * The legend rows for a scene: line styles (see {@link LegendOptions.styles}), then the anchoring
 * shapes, coordinator and authority marks present on a child map, arrows when a relation is
 * directed, and the within-role ring on a role network.
 *
 * @example
 * ```ts
 * legendEntries(scene).map((e) => e.text); // ['Stærk relation', 'Svag relation', ...]
 * ```
 */
export function legendEntries(scene: Scene, options: Partial<LegendOptions> = {}): LegendEntry[] {
  const o = { ...DEFAULT_LEGEND_OPTIONS, ...options };
  const lang = scene.lang;
  const present = new Set<LineStyleKey>(scene.edges.map((e) => e.style));
  for (const n of scene.nodes) if (n.selfTie !== undefined) present.add(n.selfTie.style);
  const roles = scene.mapType === 'roles';
  const keys =
    o.styles === 'auto' ? ORDER.filter((k) => present.has(k) || (!roles && ECO_MAP.includes(k))) : o.styles;
  const out: LegendEntry[] = keys.map((k) => ({ kind: 'line', style: scene.styles[k], text: o.labels[k] ?? scene.styles[k].label[lang] }));
  if (scene.edges.some((e) => e.directed)) out.push({ kind: 'arrow', text: t(lang, 'directed') });
  if (scene.nodes.some((n) => n.selfTie !== undefined)) out.push({ kind: 'self-tie', text: t(lang, 'selfTie') });
  if (o.shapes && !roles) {
    const shapes: [NodeShape, StringKey][] = [
      ['square', 'permanent'],
      ['oval', 'fixed'],
      ['diamond', 'adhoc'],
    ];
    for (const [shape, key] of shapes) out.push({ kind: 'shape', shape, text: t(lang, key) });
    out.push({ kind: 'coordinator', text: t(lang, 'coordinator') });
    if (scene.nodes.some((n) => n.authority)) out.push({ kind: 'authority', text: t(lang, 'authority') });
  }
  return out;
}

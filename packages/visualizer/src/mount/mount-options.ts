import type { NetworkMap } from '@relcap/core';
import { DEFAULT_SCENE_OPTIONS, type SceneOptions } from '../scene/scene-options';
import type { DetailsTarget } from '../ui/details-panel';
import { DEFAULT_LEGEND_OPTIONS, type LegendOptions } from '../ui/legend';

/** Options of `mountNetworkMap`: the scene options plus what the mounted view shows. */
export interface MountOptions extends SceneOptions {
  /** The legend (always visible by default; configurable because practice varies). */
  readonly legend: LegendOptions;
  /** The short list beside the map: warnings, missing and weak relations, gaps. */
  readonly sideList: boolean;
  /** The details panel (hover or focus an actor or relation). */
  readonly details: boolean;
  /** Actors can be dragged (and are then pinned; a `change` event carries the new map). */
  readonly draggable: boolean;
  /** Height of the map area in exports, px. */
  readonly exportHeight: number;
}

/**
 * Defaults of {@link MountOptions}. `lang` is `'da'` here; `mountNetworkMap` uses the browser's
 * preferred language (`detectLang(navigator.languages)`) when the caller gives none.
 *
 * @example
 * ```ts
 * mountNetworkMap(el, map, { ...DEFAULT_MOUNT_OPTIONS, sideList: false });
 * ```
 */
export const DEFAULT_MOUNT_OPTIONS: MountOptions = {
  ...DEFAULT_SCENE_OPTIONS,
  legend: DEFAULT_LEGEND_OPTIONS,
  sideList: true,
  details: true,
  draggable: true,
  exportHeight: 820,
};

/** Options at the call site: every field optional, the legend options too. */
export type MountOptionsInput = Partial<Omit<MountOptions, 'legend'>> & { readonly legend?: Partial<LegendOptions> };

/** Events of a mounted map and their payloads. */
export interface NetworkMapEvents {
  /** An actor or relation was selected (click, Enter or Space), or the selection cleared (null). */
  readonly select: DetailsTarget;
  /** The pointer or keyboard focus entered an actor or relation, or left it (null). */
  readonly hover: DetailsTarget;
  /** The map changed in the view (an actor dragged and pinned): the new map, to save. */
  readonly change: { readonly map: NetworkMap };
}

/** Merges options at the call site over the current ones (legend options field by field). */
export function mergeMountOptions(base: MountOptions, input: MountOptionsInput): MountOptions {
  return { ...base, ...input, legend: { ...base.legend, ...(input.legend ?? {}) } } as MountOptions;
}

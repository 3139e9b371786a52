import type { ExportPngOptions } from '../export/export-png';
import type { Scene } from '../scene/types';
import type { LegendEntry } from '../ui/legend';
import type { Highlight } from './highlight';

/** An actor or a relation of the drawn scene, by id. */
export interface MapTarget {
  readonly kind: 'actor' | 'relation';
  readonly id: string;
}

/** What the view draws: the scene (plain data) and the highlight, both owned by the caller. */
export interface MapViewInput {
  readonly scene: Scene;
  readonly highlight: Highlight;
}

/** Options of `createMapView`. */
export interface MapViewOptions {
  /** Actors can be dragged: `move` while dragging, one `moveEnd` on release. */
  readonly draggable: boolean;
  /** Links can be made: the handle on the selected actor, `c` on a focused actor, a tap while linking. */
  readonly connectable: boolean;
  /** A tap (click, touch, Space) on an actor also starts a link from it (a "connect" tool). */
  readonly linkOnTap: boolean;
  /** Scene units an arrow key nudges a focused actor; with Shift, `nudgeStepLarge`. */
  readonly nudgeStep: number;
  readonly nudgeStepLarge: number;
  /** Pointer travel in CSS px below which a press is a tap, not a drag. */
  readonly dragThreshold: number;
  /** Padding around the scene bounds in the viewBox, scene units. */
  readonly padding: number;
}

/**
 * Defaults of {@link MapViewOptions}: draggable and connectable, taps select (no link on tap),
 * nudge 10 (Shift: 50) scene units, 4 px before a press becomes a drag, 48 units of padding.
 *
 * @example
 * ```ts
 * createMapView(el, { ...DEFAULT_MAP_VIEW_OPTIONS, linkOnTap: true });
 * ```
 */
export const DEFAULT_MAP_VIEW_OPTIONS: MapViewOptions = {
  draggable: true,
  connectable: true,
  linkOnTap: false,
  nudgeStep: 10,
  nudgeStepLarge: 50,
  dragThreshold: 4,
  padding: 48,
};

/** A point of an actor in scene coordinates. */
export interface MapViewMove {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** Intents the view emits; the owner of the state decides what happens. */
export interface MapViewEvents {
  /** A tap (click, touch, Space) on an actor or relation, or on the background / Escape (null). */
  readonly select: MapTarget | null;
  /** Pointer or keyboard focus entered an actor or relation, or left (null). */
  readonly hover: MapTarget | null;
  /** An actor is being dragged (live; the view already moved it and its lines). */
  readonly move: MapViewMove;
  /** The drag ended (once, on release): commit this position as one step. */
  readonly moveEnd: MapViewMove;
  /** Connect `source` to `target` (dragged from the handle, or tap-tap). */
  readonly connect: { readonly source: string; readonly target: string };
  /** Start linking from `source` (tap with `linkOnTap`, `c` key) or cancel it (null: Esc, tap on the same actor). */
  readonly link: { readonly source: string | null };
  /** Enter on a focused actor or relation. */
  readonly activate: MapTarget;
  /** Delete or Backspace on a focused actor or relation. */
  readonly delete: MapTarget;
  /** An arrow key on a focused actor: move it by (dx, dy) scene units. */
  readonly nudge: { readonly id: string; readonly dx: number; readonly dy: number };
}

/** What an export shows besides the map; by default the scene's title, no legend, 820 px high. */
export interface MapViewExportOptions {
  readonly title?: string;
  readonly subtitle?: string;
  readonly legend?: readonly LegendEntry[];
  readonly mapHeight?: number;
}

/** A controlled SVG map view (see `createMapView`). */
export interface MapViewHandle {
  /** Draws the scene and highlight; only elements whose data changed are touched. */
  render(input: MapViewInput): void;
  /** Listens to an intent; returns a function that stops listening. */
  on<K extends keyof MapViewEvents>(event: K, fn: (payload: MapViewEvents[K]) => void): () => void;
  /** Changes options (e.g. the connect tool: `linkOnTap`). */
  setOptions(options: Partial<MapViewOptions>): void;
  /** A standalone SVG document of what is drawn (no handles, no previews). */
  exportSvg(options?: MapViewExportOptions): string;
  /** The same as a PNG (`scale` pixels per unit, default 2). */
  exportPng(options?: Partial<ExportPngOptions> & MapViewExportOptions): Promise<Blob>;
  /** Removes the view's DOM and listeners. Safe to call more than once. */
  destroy(): void;
  /** The drawn `<svg>` element. */
  readonly svg: SVGSVGElement;
}

import type { Scene } from '../scene/types';
import type { WebglGraph } from './graph-types';
import type { ReducerColors } from './reducers';
import { DEFAULT_SCENE_TO_GRAPH_OPTIONS, type SceneToGraphOptions } from './scene-to-graph';
import type { Highlight } from '../view/highlight';

/** Options of `createWebglRenderer`. */
export interface WebglRendererOptions extends SceneToGraphOptions, ReducerColors {
  /** Draw node labels (sigma shows as many as fit, biggest nodes first). */
  readonly renderLabels: boolean;
  /** Label font; a local font stack, never fetched. */
  readonly labelFont: string;
  readonly labelColor: string;
  /** Background painted under `exportPng` (the live view shows the container's background). */
  readonly background: string;
  /** Allow a container without width/height (sigma would otherwise throw). */
  readonly allowInvalidContainer: boolean;
}

/** Defaults of `createWebglRenderer`. */
export const DEFAULT_WEBGL_RENDERER_OPTIONS: WebglRendererOptions = {
  ...DEFAULT_SCENE_TO_GRAPH_OPTIONS,
  dimNode: '#d7d7d7',
  dimEdge: '#eeeeee',
  renderLabels: true,
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  labelColor: '#222222',
  background: '#ffffff',
  allowInvalidContainer: false,
};

/** Events of the WebGL renderer and their listener signatures. */
export interface WebglRendererEvents {
  /** A node was clicked (its id), or the background (`null`). */
  select: (id: string | null) => void;
  /** The pointer entered a node (its id) or left it (`null`). */
  hover: (id: string | null) => void;
}

/** Options of `exportPng`. */
export interface ExportPngOptions {
  /** Scale of the image over the view's size in CSS pixels (2 = twice as wide and high). */
  readonly scale: number;
}

/**
 * A scene drawn by sigma.js in WebGL. Sigma itself is loaded on demand (it cannot be imported
 * outside a browser), so drawing starts when `ready` resolves; every method may be called before.
 */
export interface WebglRenderer {
  /** The graph being drawn (replaced by `update`). A worker layout may move its nodes. */
  readonly graph: WebglGraph;
  /** Resolves after sigma has drawn the first frame (or at once after `destroy`). */
  readonly ready: Promise<void>;
  /** Draws a new scene (same container, same camera). */
  update(scene: Scene): void;
  /** Brings a set of nodes forward and dims the rest; `null` or empty clears it. */
  setHighlight(ids: Iterable<string> | null): void;
  /** Selects a node (its neighbourhood is shown) or clears the selection with `null`. */
  select(id: string | null): void;
  /**
   * Shows a whole highlight (selected, hovered, emphasised), the model the SVG view draws too,
   * so a caller keeps one highlight for both renderers.
   */
  setHighlightState(highlight: Highlight): void;
  getSelected(): string | null;
  /** Listens to an event; returns a function that removes the listener. */
  on<K extends keyof WebglRendererEvents>(event: K, listener: WebglRendererEvents[K]): () => void;
  /**
   * Where a node is drawn, in CSS pixels from the container's top-left corner (for tooltips), or
   * `null` for an unknown node or before `ready`.
   */
  viewportPosition(id: string): { x: number; y: number } | null;
  /** Resets the camera to show the whole network. */
  fit(): void;
  /** A PNG of the current view, with hover and selection as shown. */
  exportPng(options?: Partial<ExportPngOptions>): Promise<Blob>;
  /** Kills sigma (releasing its WebGL contexts) and removes every listener. Idempotent. */
  destroy(): void;
}

import type { AbstractGraph as Graph } from 'graphology-types';
import type { LineStyleKey, NodeShape } from '../scene/types';

/** Sigma node program key of relcap's shaped nodes (circle / square / oval / diamond + border). */
export const NODE_PROGRAM = 'relcap-shape' as const;
/** Sigma edge program key of an undirected line with relcap's dash / zig-zag patterns. */
export const LINE_PROGRAM = 'relcap-line' as const;
/** Sigma edge program key of a directed line: the same patterns, clamped, with an arrow head. */
export const ARROW_PROGRAM = 'relcap-arrow' as const;

/**
 * Attributes of a node in the graph drawn by sigma: sigma's own (`x`, `y`, `size`, `color`,
 * `label`, `type`) plus relcap's, carried over from the scene node.
 */
export interface WebglNodeAttributes {
  x: number;
  y: number;
  /** Radius in screen pixels at zoom 1. */
  size: number;
  /** Fill. */
  color: string;
  /** Outline colour (the scene node's stroke). */
  borderColor: string;
  label: string;
  type: typeof NODE_PROGRAM;
  shape: NodeShape;
  sublabel: string;
  ring: number;
  coordinator: boolean;
  authority: boolean;
  pinned: boolean;
  /** Sigma's display flags; set by reducers only, never stored by sceneToGraph. */
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
}

/**
 * Attributes of an edge drawn by sigma: colour and width from the line style, plus the pattern
 * the edge program reads: `dash` (on, off, on, off in screen pixels; all 0 = solid) and
 * `zigzag` (amplitude in pixels; 0 = straight).
 */
export interface WebglEdgeAttributes {
  color: string;
  /** Width in screen pixels at zoom 1. */
  size: number;
  label: string;
  type: typeof LINE_PROGRAM | typeof ARROW_PROGRAM;
  style: LineStyleKey;
  dash: readonly [number, number, number, number];
  zigzag: number;
  directed: boolean;
  gap: boolean;
  rc: number | null;
  n: number | null;
  /** The scene's curvature, kept for reference; sigma 3.0 draws every edge straight. */
  curvature: number;
  /** Drawing order: rare, important styles (missing, gap, stressful) above the many others. */
  zIndex: number;
  hidden?: boolean;
  forceLabel?: boolean;
}

/** Graph attributes: the scene's title and language. */
export interface WebglGraphAttributes {
  title: string;
  lang: 'da' | 'en';
}

/** The graphology graph that {@link sceneToGraph} builds and the WebGL renderer draws. */
export type WebglGraph = Graph<WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes>;

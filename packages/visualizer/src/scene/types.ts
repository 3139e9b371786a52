/**
 * The scene: everything needed to draw a map, as plain data computed once by pure functions
 * (`buildScene`), then drawn by either renderer: SVG (d3; crisp, printable, accessible DOM) or
 * WebGL (sigma; thousands of actors). Renderers never decide meaning, only how to paint it.
 */

/** How a relation line carries its meaning; style, not only colour, so it reads in greyscale. */
export type LineStyleKey = 'strong' | 'moderate' | 'weak' | 'missing' | 'stressful' | 'unknown' | 'gap';

/** Node outline shape: by anchoring (permanent square, fixed collaboration oval, ad hoc diamond). */
export type NodeShape = 'circle' | 'square' | 'oval' | 'diamond';

export type Lang = 'da' | 'en';

/** The look of one line style: width in px at zoom 1, dash pattern (SVG dasharray), colour. */
export interface LineStyle {
  readonly key: LineStyleKey;
  readonly width: number;
  /** SVG stroke-dasharray; empty string = solid. */
  readonly dash: string;
  /** Drawn as a zig-zag path (stressful relations). */
  readonly zigzag: boolean;
  readonly color: string;
  /** Legend text. */
  readonly label: { readonly da: string; readonly en: string };
}

/** One actor (or role) placed on the scene. */
export interface SceneNode {
  readonly id: string;
  /** Display label as text (never markup). */
  readonly label: string;
  /** Secondary line: profession / role name in the chosen language. */
  readonly sublabel?: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly shape: NodeShape;
  readonly fill: string;
  readonly stroke: string;
  /** Ring index from the centre (0 = child), or -1 when not in a ring layout. */
  readonly ring: number;
  readonly coordinator: boolean;
  readonly authority: boolean;
  readonly pinned: boolean;
  /** Within-role tie drawn as a ring around the node (role networks), with its style. */
  readonly selfTie?: { readonly style: LineStyleKey; readonly rc: number | null; readonly n: number | null };
  /** What the actor is (`child`, `family`, `professional`, `organisation`); optional for older scenes. */
  readonly kind?: 'child' | 'family' | 'professional' | 'organisation';
  /** Sector of the ring (`child`, `family`, `universal`, `specialised`, `other`); optional. */
  readonly sector?: 'child' | 'family' | 'universal' | 'specialised' | 'other';
}

/** One relation on the scene, already styled and routed. */
export interface SceneEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly style: LineStyleKey;
  readonly directed: boolean;
  /**
   * Curvature (0 = straight). Two directions of an asymmetric pair get opposite signs.
   * Measured against the pair's canonical direction, from the smaller id to the larger (string
   * order): the control point of a quadratic curve lies `curvature x length` to the left of the
   * midpoint of that canonical line (SVG y grows downwards, so "left" is (dy, -dx)/length).
   */
  readonly curvature: number;
  /** Short text drawn on the line (e.g. the RC score "3.6"), or empty. */
  readonly label: string;
  /** RC score behind a rated relation, or null. */
  readonly rc: number | null;
  readonly n: number | null;
  /** True when added by the gaps toggle (no relation at all between two professionals). */
  readonly gap: boolean;
}

/** A ring drawn behind the nodes of a child-centred map. */
export interface SceneRing {
  readonly index: number;
  readonly radius: number;
  readonly label: { readonly da: string; readonly en: string };
  /** Where along the ring its label goes (radians, 0 = right, -π/2 = top), clear of actors; optional. */
  readonly labelAngle?: number;
}

export interface Scene {
  readonly title: string;
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  readonly rings: readonly SceneRing[];
  readonly styles: Readonly<Record<LineStyleKey, LineStyle>>;
  /** `child` for a child-centred map, `roles` for a role network, `network` for a network of professionals; optional for older scenes. */
  readonly mapType?: 'child' | 'roles' | 'network';
  /** Bounding box of the nodes, for fitting the view. */
  readonly bounds: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly lang: Lang;
}

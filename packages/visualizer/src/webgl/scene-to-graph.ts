import Graph from 'graphology';
import type { LineStyleKey, Scene } from '../scene/types';
import {
  ARROW_PROGRAM,
  LINE_PROGRAM,
  NODE_PROGRAM,
  type WebglEdgeAttributes,
  type WebglGraph,
  type WebglGraphAttributes,
  type WebglNodeAttributes,
} from './graph-types';
import { type DashPattern, linePattern, WebglSceneError } from './line-pattern';

/** Options of {@link sceneToGraph}. */
export interface SceneToGraphOptions {
  /** Screen pixels per scene unit of node radius (sigma sizes are pixels at zoom 1). */
  readonly nodeScale: number;
  /** Screen pixels per scene unit of line width. */
  readonly edgeScale: number;
}

/**
 * Defaults for thousands of actors on one screen: a scene node of radius 28 becomes 5.6 px, a
 * strong line of width 5 becomes 2 px (sigma's sizes are screen pixels, scaled gently on zoom).
 */
export const DEFAULT_SCENE_TO_GRAPH_OPTIONS: SceneToGraphOptions = { nodeScale: 0.2, edgeScale: 0.4 };

/**
 * Drawing order of line styles in the WebGL view (higher on top): missing relations and gaps are
 * the most important thing on a map (Villumsen & Kristensen, "Hvorfor er det så svært?"), and with thousands of lines the rare
 * styles would otherwise vanish under the common ones.
 */
export const EDGE_Z_INDEX: Readonly<Record<LineStyleKey, number>> = {
  strong: 0,
  moderate: 1,
  weak: 1,
  unknown: 1,
  stressful: 2,
  missing: 3,
  gap: 3,
};

/**
 * The scene as a graphology graph with sigma's attributes: one node per scene node and one edge
 * per scene edge, with the same ids. Nodes get `x`, `y` (the scene's; note sigma's y axis points
 * up, so the graph stores `-y` to keep the scene's orientation), `size` (radius), `color` (fill),
 * `borderColor` (the stroke, or the line colour of the node's within-role tie), `shape`, `label`;
 * edges get the colour and width of their line style and the
 * dash / zig-zag pattern read by relcap's edge program, and a `zIndex` by style
 * ({@link EDGE_Z_INDEX}). Directed edges use the arrow program.
 * A self-loop (the within-role tie) is kept with `hidden: true`: the WebGL view shows it as the
 * node's outline, not as a line. Pure: the scene is not changed.
 *
 * @throws WebglSceneError when an edge names a node that is not in the scene, or a line style
 *   the scene's legend does not define.
 * @example
 * ```ts
 * const graph = sceneToGraph(buildScene(map));
 * graph.order === scene.nodes.length; // true
 * graph.getEdgeAttribute('r1', 'color'); // scene.styles[edge.style].color
 * ```
 */
export function sceneToGraph(scene: Scene, options: Partial<SceneToGraphOptions> = {}): WebglGraph {
  const o = { ...DEFAULT_SCENE_TO_GRAPH_OPTIONS, ...options };
  const graph: WebglGraph = new Graph<WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes>({
    type: 'mixed',
    multi: true,
    allowSelfLoops: true,
  });
  graph.replaceAttributes({ title: scene.title, lang: scene.lang });
  for (const node of scene.nodes) {
    graph.addNode(node.id, {
      x: node.x,
      y: -node.y,
      size: node.radius * o.nodeScale,
      color: node.fill,
      // The within-role tie (a ring around the node in SVG) shows as the outline in its line colour.
      borderColor: node.selfTie !== undefined ? (scene.styles[node.selfTie.style]?.color ?? node.stroke) : node.stroke,
      label: node.label,
      type: NODE_PROGRAM,
      shape: node.shape,
      sublabel: node.sublabel ?? '',
      ring: node.ring,
      coordinator: node.coordinator,
      authority: node.authority,
      pinned: node.pinned,
    });
  }
  const patterns = new Map<LineStyleKey, { dash: DashPattern; zigzag: number }>();
  scene.edges.forEach((edge, i) => {
    const style = scene.styles[edge.style];
    if (style === undefined) {
      throw new WebglSceneError('RELCAP_WEBGL_UNKNOWN_STYLE', 'webgl/sceneToGraph: edge has a line style the legend does not define', {
        path: `edges[${i}].style`,
        value: String(edge.style),
        expected: `one of ${Object.keys(scene.styles).join(', ')}`,
      });
    }
    for (const end of ['source', 'target'] as const) {
      if (!graph.hasNode(edge[end])) {
        throw new WebglSceneError('RELCAP_WEBGL_UNKNOWN_NODE', `webgl/sceneToGraph: edge ${end} is not a node of the scene`, {
          path: `edges[${i}].${end}`,
          value: edge[end],
          expected: 'the id of a scene node',
        });
      }
    }
    let pattern = patterns.get(edge.style);
    if (pattern === undefined) {
      pattern = linePattern(style);
      patterns.set(edge.style, pattern);
    }
    const attributes: WebglEdgeAttributes = {
      color: style.color,
      size: style.width * o.edgeScale,
      label: edge.label,
      type: edge.directed ? ARROW_PROGRAM : LINE_PROGRAM,
      style: edge.style,
      dash: pattern.dash,
      zigzag: pattern.zigzag,
      directed: edge.directed,
      gap: edge.gap,
      rc: edge.rc,
      n: edge.n,
      curvature: edge.curvature,
      zIndex: EDGE_Z_INDEX[edge.style] ?? 0,
      ...(edge.source === edge.target ? { hidden: true } : {}),
    };
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  });
  return graph;
}

import { focusCentre, type Highlight, NO_HIGHLIGHT } from '../view/highlight';
import type { WebglEdgeAttributes, WebglGraph, WebglNodeAttributes } from './graph-types';

/** The highlight model of both renderers (see `Highlight`); kept under its former name for callers. */
export type HighlightState = Highlight;

/** Nothing hovered, selected or emphasised (the same value as `NO_HIGHLIGHT`). */
export const EMPTY_HIGHLIGHT: Highlight = NO_HIGHLIGHT;

/** Colours of what is pushed back when something is in focus. */
export interface ReducerColors {
  readonly dimNode: string;
  readonly dimEdge: string;
}

export const DEFAULT_REDUCER_COLORS: ReducerColors = { dimNode: '#d7d7d7', dimEdge: '#eeeeee' };

/** Added to the zIndex of what is in focus, so it is drawn above everything else. */
export const FOCUS_Z = 10;

/** The nodes in focus: a hovered (else selected) node with its neighbours, or the emphasised set. */
export interface Focus {
  /** The hovered or selected node whose neighbourhood is shown, or null for an emphasised set. */
  readonly centre: string | null;
  readonly nodes: ReadonlySet<string>;
}

/**
 * The focus of a highlight on a graph, or `null` when nothing is in focus. Hover wins over
 * selection (`focusCentre`, the rule the SVG view follows too); either shows the node and its
 * neighbours (in and out); otherwise the emphasised set. Ids not in the graph are ignored.
 * Computed once per highlight change, not per node.
 *
 * @example
 * ```ts
 * focusOf(graph, { hovered: 'p1' }); // { centre: 'p1', nodes: p1 + neighbours }
 * ```
 */
export function focusOf(graph: WebglGraph, state: Highlight): Focus | null {
  const centre = focusCentre(state, (id) => graph.hasNode(id));
  if (centre !== null) {
    const nodes = new Set<string>([centre]);
    graph.forEachNeighbor(centre, (n) => {
      nodes.add(n);
    });
    return { centre, nodes };
  }
  if (state.emphasised !== undefined && state.emphasised.length > 0) {
    return { centre: null, nodes: new Set(state.emphasised.filter((id) => graph.hasNode(id))) };
  }
  return null;
}

/**
 * Display attributes of a node under a focus (a sigma `nodeReducer` body): nodes in focus are
 * drawn on top, the centre and the selected node with their label forced; the others take the dim
 * colour and no label. Returns a new object; the graph's data is never changed.
 *
 * @example
 * ```ts
 * reduceNode('p2', attrs, focus, highlight); // { ...attrs, color: '#d7d7d7', label: '' } when p2 is out of focus
 * ```
 */
export function reduceNode(
  key: string,
  data: WebglNodeAttributes,
  focus: Focus | null,
  state: Highlight,
  colors: ReducerColors = DEFAULT_REDUCER_COLORS,
): WebglNodeAttributes {
  const selected = key === state.selected;
  if (focus === null) return selected ? { ...data, highlighted: true, forceLabel: true, zIndex: 2 } : data;
  if (focus.nodes.has(key)) {
    return { ...data, zIndex: key === focus.centre || selected ? 2 : 1, highlighted: selected, forceLabel: key === focus.centre || selected };
  }
  return { ...data, color: colors.dimNode, borderColor: colors.dimNode, label: '', zIndex: 0, highlighted: false, forceLabel: false };
}

/**
 * Display attributes of an edge under a focus (a sigma `edgeReducer` body): with a centre node,
 * its own edges stay as they are and go on top (zIndex + `FOCUS_Z`); with an emphasised set,
 * edges inside the set do; all other edges take the dim colour and keep their pattern. Returns a new object; the graph's data is never changed.
 *
 * @example
 * ```ts
 * reduceEdge(attrs, 'p1', 'p2', focus); // attrs when p1 is the centre
 * ```
 */
export function reduceEdge(
  data: WebglEdgeAttributes,
  source: string,
  target: string,
  focus: Focus | null,
  colors: ReducerColors = DEFAULT_REDUCER_COLORS,
): WebglEdgeAttributes {
  if (focus === null) return data;
  const inFocus = focus.centre !== null ? source === focus.centre || target === focus.centre : focus.nodes.has(source) && focus.nodes.has(target);
  return inFocus ? { ...data, zIndex: data.zIndex + FOCUS_Z } : { ...data, color: colors.dimEdge };
}

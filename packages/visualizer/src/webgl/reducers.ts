import type { WebglEdgeAttributes, WebglGraph, WebglNodeAttributes } from './graph-types';

/** What the user points at: the hovered and selected node, and a highlighted set (search, filter). */
export interface HighlightState {
  readonly hovered: string | null;
  readonly selected: string | null;
  /** Nodes to bring forward; `null` = none. */
  readonly highlighted: ReadonlySet<string> | null;
}

/** Nothing hovered, selected or highlighted. */
export const EMPTY_HIGHLIGHT: HighlightState = { hovered: null, selected: null, highlighted: null };

/** Colours of what is pushed back when something is in focus. */
export interface ReducerColors {
  readonly dimNode: string;
  readonly dimEdge: string;
}

export const DEFAULT_REDUCER_COLORS: ReducerColors = { dimNode: '#d7d7d7', dimEdge: '#eeeeee' };

/** Added to the zIndex of what is in focus, so it is drawn above everything else. */
export const FOCUS_Z = 10;

/** The nodes in focus: a hovered (else selected) node with its neighbours, or the highlighted set. */
export interface Focus {
  /** The hovered or selected node whose neighbourhood is shown, or null for a highlighted set. */
  readonly centre: string | null;
  readonly nodes: ReadonlySet<string>;
}

/**
 * The focus of a highlight state on a graph, or `null` when nothing is in focus. Hover wins over
 * selection; either shows the node and its neighbours (in and out); otherwise the highlighted set.
 * Ids not in the graph are ignored. Computed once per state change, not per node.
 *
 * @example
 * ```ts
 * focusOf(graph, { hovered: 'p1', selected: null, highlighted: null }); // { centre: 'p1', nodes: p1 + neighbours }
 * ```
 */
export function focusOf(graph: WebglGraph, state: HighlightState): Focus | null {
  const centre = [state.hovered, state.selected].find((id) => id !== null && graph.hasNode(id)) ?? null;
  if (centre !== null) {
    const nodes = new Set<string>([centre]);
    graph.forEachNeighbor(centre, (n) => {
      nodes.add(n);
    });
    return { centre, nodes };
  }
  if (state.highlighted !== null && state.highlighted.size > 0) {
    return { centre: null, nodes: new Set([...state.highlighted].filter((id) => graph.hasNode(id))) };
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
 * reduceNode('p2', attrs, focus, state); // { ...attrs, color: '#d7d7d7', label: '' } when p2 is out of focus
 * ```
 */
export function reduceNode(
  key: string,
  data: WebglNodeAttributes,
  focus: Focus | null,
  state: HighlightState,
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
 * its own edges stay as they are and go on top (zIndex + `FOCUS_Z`); with a highlighted set,
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

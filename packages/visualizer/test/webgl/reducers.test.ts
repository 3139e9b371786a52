import { describe, expect, it } from 'vitest';
import { DEFAULT_REDUCER_COLORS, EMPTY_HIGHLIGHT, FOCUS_Z, focusOf, type HighlightState, reduceEdge, reduceNode } from '../../src/webgl/reducers';
import { sceneToGraph } from '../../src/webgl/scene-to-graph';
import { fixtureScene } from './scene-fixture';

// Fixture edges: ab, ac (a->c), ad, bc, cd (c->d), dd (self-loop).
const graph = sceneToGraph(fixtureScene());
const state = (s: Partial<HighlightState>): HighlightState => ({ ...EMPTY_HIGHLIGHT, ...s });

describe('focusOf', () => {
  it('focusOf is null when nothing is hovered, selected or emphasised', () => {
    expect(focusOf(graph, EMPTY_HIGHLIGHT)).toBeNull();
    expect(focusOf(graph, state({ emphasised: [] }))).toBeNull();
  });

  it('focusOf shows the hovered node with its in- and out-neighbours', () => {
    // b's neighbours: a (ab) and c (bc).
    const focus = focusOf(graph, state({ hovered: 'b' }));
    expect(focus?.centre).toBe('b');
    expect([...(focus?.nodes ?? [])].sort()).toEqual(['a', 'b', 'c']);
    // c is reached from a by a directed edge, and reaches d: both are neighbours.
    expect([...(focusOf(graph, state({ selected: 'c' }))?.nodes ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('focusOf prefers the hovered node over the selected one, and ignores unknown ids', () => {
    expect(focusOf(graph, state({ hovered: 'b', selected: 'd' }))?.centre).toBe('b');
    expect(focusOf(graph, state({ hovered: 'zz', selected: 'd' }))?.centre).toBe('d');
    expect([...(focusOf(graph, state({ emphasised: ['a', 'zz'] }))?.nodes ?? [])]).toEqual(['a']);
  });
});

describe('reduceNode and reduceEdge', () => {
  it('reduceNode dims nodes out of focus and hides their label without touching the graph data', () => {
    const s = state({ hovered: 'b' });
    const focus = focusOf(graph, s);
    const attrs = graph.getNodeAttributes('d');
    const reduced = reduceNode('d', attrs, focus, s);
    expect(reduced).toMatchObject({ color: DEFAULT_REDUCER_COLORS.dimNode, borderColor: DEFAULT_REDUCER_COLORS.dimNode, label: '' });
    expect(graph.getNodeAttribute('d', 'color')).toBe('#dcecf9');
    expect(graph.getNodeAttribute('d', 'label')).toBe('Label d');
  });

  it('reduceNode keeps nodes in focus, forces the label of the centre and puts it on top', () => {
    const s = state({ hovered: 'b' });
    const focus = focusOf(graph, s);
    expect(reduceNode('b', graph.getNodeAttributes('b'), focus, s)).toMatchObject({ color: '#dcecf9', forceLabel: true, zIndex: 2 });
    expect(reduceNode('a', graph.getNodeAttributes('a'), focus, s)).toMatchObject({ color: '#dcecf9', forceLabel: false, zIndex: 1 });
  });

  it('reduceNode marks the selected node as highlighted even with nothing else in focus', () => {
    const attrs = graph.getNodeAttributes('a');
    expect(reduceNode('a', attrs, null, EMPTY_HIGHLIGHT)).toBe(attrs);
    expect(reduceNode('a', attrs, null, state({ selected: 'a' }))).toMatchObject({ highlighted: true, forceLabel: true });
  });

  it('reduceEdge keeps the centre node edges and dims the others, keeping their pattern', () => {
    const focus = focusOf(graph, state({ hovered: 'b' }));
    const ab = graph.getEdgeAttributes('ab');
    const cd = graph.getEdgeAttributes('cd');
    expect(reduceEdge(ab, 'a', 'b', focus)).toMatchObject({ color: ab.color, zIndex: ab.zIndex + FOCUS_Z });
    expect(reduceEdge(cd, 'c', 'd', focus)).toMatchObject({ color: DEFAULT_REDUCER_COLORS.dimEdge, dash: cd.dash });
    expect(graph.getEdgeAttribute('cd', 'color')).toBe(cd.color);
  });

  it('reduceEdge with an emphasised set keeps edges inside the set only', () => {
    const focus = focusOf(graph, state({ emphasised: ['a', 'c'] }));
    expect(reduceEdge(graph.getEdgeAttributes('ac'), 'a', 'c', focus).color).toBe(graph.getEdgeAttribute('ac', 'color'));
    expect(reduceEdge(graph.getEdgeAttributes('ab'), 'a', 'b', focus).color).toBe(DEFAULT_REDUCER_COLORS.dimEdge);
  });
});

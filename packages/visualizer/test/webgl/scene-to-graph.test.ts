import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINE_STYLES } from '../../src/scene/line-styles';
import type { Scene } from '../../src/scene/types';
import { ARROW_PROGRAM, LINE_PROGRAM, NODE_PROGRAM } from '../../src/webgl/graph-types';
import { WebglSceneError } from '../../src/webgl/line-pattern';
import { sceneToGraph } from '../../src/webgl/scene-to-graph';
import { fixtureScene } from './scene-fixture';

describe('sceneToGraph', () => {
  const scene = fixtureScene();
  const graph = sceneToGraph(scene, { nodeScale: 0.5, edgeScale: 2 });

  it('sceneToGraph keeps every node and edge with its id', () => {
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'd']);
    expect(graph.edges().sort()).toEqual(['ab', 'ac', 'ad', 'bc', 'cd', 'dd']);
    expect(graph.order).toBe(scene.nodes.length);
    expect(graph.size).toBe(scene.edges.length);
  });

  it('sceneToGraph sets sigma node attributes from the scene node (y flipped: sigma y points up)', () => {
    // d is at scene (100, 100), radius 20; nodeScale 0.5 -> size 10.
    expect(graph.getNodeAttributes('d')).toMatchObject({
      x: 100,
      y: -100,
      size: 10,
      color: '#dcecf9',
      borderColor: '#1f5f8b',
      label: 'Label d',
      type: NODE_PROGRAM,
      shape: 'diamond',
      coordinator: false,
    });
    expect(graph.getNodeAttribute('a', 'coordinator')).toBe(true);
  });

  it.each([
    ['ab', 'strong'],
    ['ac', 'weak'],
    ['ad', 'missing'],
    ['bc', 'stressful'],
    ['cd', 'unknown'],
  ] as const)('sceneToGraph colours and sizes edge %s by its line style %s', (id, style) => {
    const attrs = graph.getEdgeAttributes(id);
    expect(attrs.style).toBe(style);
    expect(attrs.color).toBe(DEFAULT_LINE_STYLES[style].color);
    // edgeScale 2: width x 2.
    expect(attrs.size).toBeCloseTo(DEFAULT_LINE_STYLES[style].width * 2, 10);
  });

  it('sceneToGraph carries the dash and zig-zag patterns the edge program reads', () => {
    expect(graph.getEdgeAttribute('ab', 'dash')).toEqual([0, 0, 0, 0]);
    expect(graph.getEdgeAttribute('ac', 'dash')).toEqual([7, 6, 7, 6]);
    expect(graph.getEdgeAttribute('ad', 'dash')).toEqual([0.1, 8, 0.1, 8]);
    expect(graph.getEdgeAttribute('bc', 'zigzag')).toBeGreaterThan(0);
    expect(graph.getEdgeAttribute('ab', 'zigzag')).toBe(0);
  });

  it('sceneToGraph draws missing relations above stressful ones, and those above the common styles', () => {
    const z = (id: string): number => graph.getEdgeAttribute(id, 'zIndex');
    // ad missing, bc stressful, ac weak, ab strong.
    expect(z('ad')).toBeGreaterThan(z('bc'));
    expect(z('bc')).toBeGreaterThan(z('ac'));
    expect(z('ac')).toBeGreaterThanOrEqual(z('ab'));
  });

  it('sceneToGraph draws directed edges with arrows and keeps their direction', () => {
    expect(graph.getEdgeAttribute('ac', 'type')).toBe(ARROW_PROGRAM);
    expect(graph.isDirected('ac')).toBe(true);
    expect(graph.source('ac')).toBe('a');
    expect(graph.getEdgeAttribute('ab', 'type')).toBe(LINE_PROGRAM);
    expect(graph.isUndirected('ab')).toBe(true);
  });

  it('sceneToGraph keeps a self-loop but hides it (the within-role tie is not a line)', () => {
    expect(graph.getEdgeAttribute('dd', 'hidden')).toBe(true);
    expect(graph.getEdgeAttribute('ab', 'hidden')).toBeUndefined();
  });

  it('sceneToGraph outlines a node with a within-role tie in the colour of that tie', () => {
    const withTie: Scene = { ...scene, nodes: scene.nodes.map((n) => (n.id === 'b' ? { ...n, selfTie: { style: 'stressful', rc: null, n: null } } : n)) };
    const g = sceneToGraph(withTie);
    expect(g.getNodeAttribute('b', 'borderColor')).toBe(DEFAULT_LINE_STYLES.stressful.color);
    expect(g.getNodeAttribute('a', 'borderColor')).toBe('#1f5f8b');
  });

  it('sceneToGraph does not change the scene', () => {
    const before = JSON.stringify(scene);
    sceneToGraph(scene);
    expect(JSON.stringify(scene)).toBe(before);
  });

  it('sceneToGraph rejects an edge to a node that is not in the scene, naming the edge', () => {
    const bad: Scene = { ...scene, edges: [...scene.edges, { ...scene.edges[0]!, id: 'ax', target: 'x' }] };
    expect(() => sceneToGraph(bad)).toThrow(WebglSceneError);
    expect(() => sceneToGraph(bad)).toThrow(expect.objectContaining({ code: 'RELCAP_WEBGL_UNKNOWN_NODE', location: expect.objectContaining({ path: 'edges[6].target', value: 'x' }) }));
  });

  it('sceneToGraph keeps counts and ids for any subset of the fixture edges', () => {
    fc.assert(
      fc.property(fc.subarray([...fixtureScene().edges]), (edges) => {
        const g = sceneToGraph({ ...scene, edges });
        return g.size === edges.length && edges.every((e) => g.hasEdge(e.id) && g.extremities(e.id).join() === `${e.source},${e.target}`);
      }),
    );
  });
});

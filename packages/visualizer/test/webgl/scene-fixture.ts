// A hand-made four-node scene for the WebGL unit tests: one edge of each kind that matters
// (solid, dashed, dotted, zig-zag, directed, self-loop), independent of buildScene.
import { DEFAULT_LINE_STYLES } from '../../src/scene/line-styles';
import type { Scene, SceneEdge, SceneNode } from '../../src/scene/types';

const node = (id: string, x: number, y: number, shape: SceneNode['shape']): SceneNode => ({
  id,
  label: `Label ${id}`,
  x,
  y,
  radius: 20,
  shape,
  fill: '#dcecf9',
  stroke: '#1f5f8b',
  ring: -1,
  coordinator: id === 'a',
  authority: false,
  pinned: false,
});

const edge = (id: string, source: string, target: string, style: SceneEdge['style'], directed = false): SceneEdge => ({
  id,
  source,
  target,
  style,
  directed,
  curvature: 0,
  label: '',
  rc: null,
  n: null,
  gap: style === 'gap',
});

export function fixtureScene(): Scene {
  return {
    title: 'Fixture',
    nodes: [node('a', 0, 0, 'circle'), node('b', 100, 0, 'square'), node('c', 0, 100, 'oval'), node('d', 100, 100, 'diamond')],
    edges: [
      edge('ab', 'a', 'b', 'strong'),
      edge('ac', 'a', 'c', 'weak', true),
      edge('ad', 'a', 'd', 'missing'),
      edge('bc', 'b', 'c', 'stressful'),
      edge('cd', 'c', 'd', 'unknown', true),
      edge('dd', 'd', 'd', 'moderate'),
    ],
    rings: [],
    styles: DEFAULT_LINE_STYLES,
    bounds: { minX: -20, minY: -20, maxX: 120, maxY: 120 },
    lang: 'da',
  };
}

import { OptionsError } from '@relcap/core';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyPositions, layoutLargeScene } from '../../src/webgl/apply-positions';
import { layoutLarge, layoutLargeAssign } from '../../src/webgl/layout-large';
import { sceneToGraph } from '../../src/webgl/scene-to-graph';
import { fixtureScene } from './scene-fixture';

/** Two cliques of 6 joined by one edge. */
function barbell(): Graph {
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < 12; i++) g.addNode(`n${i}`, { x: 0, y: 0, size: 1 });
  for (const offset of [0, 6]) {
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) g.addEdge(`n${offset + i}`, `n${offset + j}`, { style: 'strong' });
  }
  g.addEdge('n0', 'n6', { style: 'weak' });
  return g;
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.hypot(a.x - b.x, a.y - b.y);

describe('layoutLarge', () => {
  it('layoutLarge gives the same positions for the same seed and others for another seed', () => {
    const g = barbell();
    const a = layoutLarge(g, { iterations: 50, seed: 3 });
    expect(layoutLarge(g, { iterations: 50, seed: 3 })).toEqual(a);
    expect(layoutLarge(g, { iterations: 50, seed: 4 })).not.toEqual(a);
  });

  it('layoutLarge places every node at a finite position and does not change the graph', () => {
    const g = barbell();
    const before = JSON.stringify(g.export());
    const p = layoutLarge(g, { iterations: 50, seed: 1 });
    expect(Object.keys(p).sort()).toEqual(g.nodes().sort());
    expect(Object.values(p).every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('layoutLarge pulls the members of a clique closer to each other than to the other clique', () => {
    const p = layoutLarge(barbell(), { iterations: 300, seed: 2 });
    const centre = (ids: number[]): { x: number; y: number } => ({
      x: ids.reduce((s, i) => s + p[`n${i}`]!.x, 0) / ids.length,
      y: ids.reduce((s, i) => s + p[`n${i}`]!.y, 0) / ids.length,
    });
    const left = centre([1, 2, 3, 4, 5]);
    const right = centre([7, 8, 9, 10, 11]);
    // Every non-bridge node is nearer its own clique's centre than the other one's.
    for (const i of [1, 2, 3, 4, 5]) expect(dist(p[`n${i}`]!, left)).toBeLessThan(dist(p[`n${i}`]!, right));
    for (const i of [7, 8, 9, 10, 11]) expect(dist(p[`n${i}`]!, right)).toBeLessThan(dist(p[`n${i}`]!, left));
  });

  it('layoutLargeAssign writes exactly the positions layoutLarge computes', () => {
    const g = barbell();
    const p = layoutLarge(g, { iterations: 20, seed: 9 });
    layoutLargeAssign(g, { iterations: 20, seed: 9 });
    g.forEachNode((n, attrs) => {
      expect(attrs.x).toBe(p[n]!.x);
      expect(attrs.y).toBe(p[n]!.y);
    });
  });

  it.each([[{ iterations: 0 }], [{ iterations: 2.5 }], [{ seed: Number.POSITIVE_INFINITY }]])('layoutLarge(%j) throws an OptionsError', (options) => {
    expect(() => layoutLarge(barbell(), options)).toThrow(OptionsError);
  });
});

describe('applyPositions and layoutLargeScene', () => {
  it('applyPositions moves the named nodes, keeps the others, recomputes bounds with radii and drops rings', () => {
    const scene = { ...fixtureScene(), rings: [{ index: 1, radius: 50, label: { da: 'r', en: 'r' } }] };
    const moved = applyPositions(scene, { a: { x: -200, y: 10 } });
    expect(moved.nodes.find((n) => n.id === 'a')).toMatchObject({ x: -200, y: 10 });
    expect(moved.nodes.find((n) => n.id === 'd')).toMatchObject({ x: 100, y: 100 });
    // x from -200 - 20 to 100 + 20; y from min(10, 0, 100) - 20 = -20 to 100 + 20.
    expect(moved.bounds).toEqual({ minX: -220, minY: -20, maxX: 120, maxY: 120 });
    expect(moved.rings).toEqual([]);
    expect(scene.nodes.find((n) => n.id === 'a')).toMatchObject({ x: 0, y: 0 });
  });

  it('layoutLargeScene keeps nodes, edges and styles and is deterministic for a seed', () => {
    const scene = fixtureScene();
    const a = layoutLargeScene(scene, { iterations: 30, seed: 1 });
    expect(a.nodes.map((n) => n.id)).toEqual(scene.nodes.map((n) => n.id));
    expect(a.edges).toBe(scene.edges);
    expect(a.styles).toBe(scene.styles);
    expect(layoutLargeScene(scene, { iterations: 30, seed: 1 })).toEqual(a);
    expect(sceneToGraph(a).order).toBe(4);
  });
});

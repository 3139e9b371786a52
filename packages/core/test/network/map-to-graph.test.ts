import { describe, expect, it } from 'vitest';
import { mapToGraph } from '../../src/network/index';
import { FOUR, mapOf, pro, rated, strength } from './fixtures';

describe('mapToGraph', () => {
  const g = mapToGraph(FOUR);

  it('makes two arcs for a mutual relation and one for a directed one', () => {
    expect(g.hasDirectedEdge('a', 'b') && g.hasDirectedEdge('b', 'a')).toBe(true);
    expect(g.hasDirectedEdge('a', 'c')).toBe(true);
    expect(g.hasDirectedEdge('c', 'a')).toBe(false);
    expect(g.size).toBe(5);
  });

  it('leaves out missing relations and self-loops but keeps the actors', () => {
    expect(g.hasNode('d')).toBe(true);
    expect(g.degree('d')).toBe(0);
    expect(g.hasDirectedEdge('b', 'b')).toBe(false);
  });

  it('stores weight, distance = 1 / weight, band and relation ids', () => {
    expect(g.getDirectedEdgeAttributes('b', 'c')).toMatchObject({ band: 'weak', relations: ['r2'] });
    expect(g.getDirectedEdgeAttribute('b', 'c', 'distance')).toBeCloseTo(3, 12);
    expect(g.getDirectedEdgeAttribute('c', 'b', 'weight')).toBeCloseTo(0.9, 12);
    expect(g.getNodeAttributes('a')).toEqual({ label: 'A', kind: 'professional', sector: 'other', coordinator: false });
  });

  it('merges parallel relations into one arc with the largest weight', () => {
    const m = mapOf([pro('a'), pro('b')], [strength('r1', 'a', 'b', 'weak'), rated('r2', 'a', 'b', 4.5)]);
    const gg = mapToGraph(m);
    expect(gg.size).toBe(2);
    expect(gg.getDirectedEdgeAttributes('a', 'b')).toMatchObject({ weight: 0.9, band: 'strong', relations: ['r1', 'r2'] });
    expect(gg.getDirectedEdgeAttributes('b', 'a')).toMatchObject({ band: 'weak', relations: ['r1'] });
  });

  it('keeps only the requested actor kinds', () => {
    const m = mapOf([{ id: 'x', label: 'Barn', kind: 'child' }, pro('a'), pro('b')], [strength('r1', 'x', 'a', 'strong'), strength('r2', 'a', 'b', 'weak')]);
    const gg = mapToGraph(m, { kinds: ['professional'] });
    expect(gg.nodes()).toEqual(['a', 'b']);
    expect(gg.size).toBe(2);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../src/map/compare-maps';
import type { Actor, NetworkMap, Relation, RelationStrength } from '../../src/map/index';

const pro = (id: string): Actor => ({ id, label: id, kind: 'professional' });
const mutual = (id: string, source: string, target: string, strength: RelationStrength): Relation => ({
  id,
  source,
  target,
  directed: false,
  kind: 'strength',
  strength,
});
const rated = (id: string, source: string, target: string, rc: number): Relation => ({
  id,
  source,
  target,
  directed: true,
  kind: 'rated',
  ratings: {},
  rc,
});
const map = (actors: Actor[], relations: Relation[]): NetworkMap => ({ schemaVersion: 2, title: 't', type: 'child', actors, relations });

describe('compareMaps', () => {
  it('compareMaps matches mutual relations by their actors in either order, whatever their ids', () => {
    const spring = map([pro('a'), pro('b')], [mutual('r1', 'a', 'b', 'weak')]);
    const autumn = map([pro('a'), pro('b')], [mutual('x9', 'b', 'a', 'strong')]);
    const cmp = compareMaps(spring, autumn);
    expect(cmp.relations).toEqual([
      { source: 'a', target: 'b', directed: false, before: 'weak', after: 'strong', scoreBefore: null, scoreAfter: null, scoreChange: null, change: 'stronger' },
    ]);
  });

  it.each([
    ['missing', 'weak', 'stronger'],
    ['weak', 'strong', 'stronger'],
    ['strong', 'missing', 'weaker'],
    ['strong', 'strong', 'unchanged'],
    ['weak', 'stressful', 'changed'],
    ['stressful', 'stressful', 'unchanged'],
  ] as const)('compareMaps: a mutual relation going from %s to %s is %s', (from, to, kind) => {
    const cmp = compareMaps(map([pro('a'), pro('b')], [mutual('r', 'a', 'b', from)]), map([pro('a'), pro('b')], [mutual('r', 'a', 'b', to)]));
    expect(cmp.relations[0]?.change).toBe(kind);
  });

  it('compareMaps compares rated relations by score, also within one band, and keeps the two directions apart', () => {
    // a->b: 3.6 -> 3.9 (both moderate, +0.3); b->a: 4.5 -> 3.0 (-1.5)
    const before = map([pro('a'), pro('b')], [rated('r1', 'a', 'b', 3.6), rated('r2', 'b', 'a', 4.5)]);
    const after = map([pro('a'), pro('b')], [rated('r2', 'b', 'a', 3.0), rated('r1', 'a', 'b', 3.9)]);
    const [ab, ba] = compareMaps(before, after).relations;
    expect(ab).toMatchObject({ source: 'a', target: 'b', before: 'moderate', after: 'moderate', change: 'stronger' });
    expect(ab?.scoreChange).toBeCloseTo(0.3, 10);
    expect(ba).toMatchObject({ source: 'b', target: 'a', before: 'strong', after: 'weak', change: 'weaker' });
    expect(ba?.scoreChange).toBeCloseTo(-1.5, 10);
  });

  it('compareMaps lists relations that appeared or vanished and actors added or removed, and counts every kind', () => {
    const before = map([pro('a'), pro('b'), pro('c')], [mutual('r1', 'a', 'b', 'weak'), mutual('r2', 'b', 'c', 'strong')]);
    const after = map([pro('a'), pro('b'), pro('d')], [mutual('r1', 'a', 'b', 'weak'), mutual('r3', 'a', 'd', 'strong')]);
    const cmp = compareMaps(before, after);
    expect(cmp.actorsAdded).toEqual(['d']);
    expect(cmp.actorsRemoved).toEqual(['c']);
    expect(cmp.relations.map((r) => [r.source, r.target, r.change])).toEqual([
      ['a', 'b', 'unchanged'],
      ['b', 'c', 'vanished'],
      ['a', 'd', 'appeared'],
    ]);
    expect(cmp.counts).toEqual({ appeared: 1, vanished: 1, stronger: 0, weaker: 0, changed: 0, unchanged: 1 });
  });

  it('compareMaps of a map with itself finds every relation unchanged', () => {
    const strength = fc.constantFrom<RelationStrength>('strong', 'weak', 'missing', 'stressful');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), strength), { maxLength: 12 }), (edges) => {
        const actors = [0, 1, 2, 3, 4].map((i) => pro(`p${i}`));
        const m = map(
          actors,
          edges.map(([s, t, k], i) => mutual(`r${i}`, `p${s}`, `p${t}`, k)),
        );
        const cmp = compareMaps(m, m);
        expect(cmp.relations.every((r) => r.change === 'unchanged')).toBe(true);
        expect(cmp.actorsAdded).toEqual([]);
        expect(cmp.actorsRemoved).toEqual([]);
      }),
    );
  });

  it('compareMaps swapped is the mirror image: appeared <-> vanished, stronger <-> weaker', () => {
    const before = map([pro('a'), pro('b'), pro('c')], [mutual('r1', 'a', 'b', 'weak'), mutual('r2', 'b', 'c', 'strong')]);
    const after = map([pro('a'), pro('b'), pro('c')], [mutual('r1', 'a', 'b', 'strong'), mutual('r3', 'a', 'c', 'weak')]);
    const forward = compareMaps(before, after).counts;
    const backward = compareMaps(after, before).counts;
    expect(backward).toEqual({ ...forward, appeared: forward.vanished, vanished: forward.appeared, stronger: forward.weaker, weaker: forward.stronger });
  });
});

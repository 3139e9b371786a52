import { describe, expect, it } from 'vitest';
import type { Actor, NetworkMap, Relation } from '../../src/map/index';
import { findGaps, mapWarnings } from '../../src/map/index';

const pro = (id: string, extra: Partial<Actor> = {}): Actor => ({ id, label: id.toUpperCase(), kind: 'professional', ...extra });
const rel = (id: string, source: string, target: string, strength: 'strong' | 'weak' | 'missing' = 'strong'): Relation => ({
  id,
  source,
  target,
  directed: false,
  kind: 'strength',
  strength,
});
const map = (actors: Actor[], relations: Relation[]): NetworkMap => ({ schemaVersion: 2, title: 't', type: 'child', actors, relations });

describe('mapWarnings', () => {
  it('warns about two professionals and no coordinator (the ministry guide: one coordinator for the network)', () => {
    const w = mapWarnings(map([pro('a'), pro('b')], [rel('r', 'a', 'b')]));
    expect(w.map((x) => x.code)).toEqual(['RELCAP_MAP_NO_COORDINATOR']);
    expect(w[0]?.message.da).toContain('tovholder');
  });

  it('does not warn about a single professional or when a coordinator exists', () => {
    expect(mapWarnings(map([pro('a'), { id: 'c', label: 'Barn', kind: 'child' }], [rel('r', 'a', 'c')]))).toEqual([]);
    expect(mapWarnings(map([pro('a', { coordinator: true }), pro('b')], [rel('r', 'a', 'b')]))).toEqual([]);
  });

  it('does not count organisations as professionals', () => {
    expect(mapWarnings(map([pro('a'), pro('o', { kind: 'organisation' })], [rel('r', 'a', 'o')]))).toEqual([]);
  });

  it('warns about a family coordinator', () => {
    const w = mapWarnings(map([pro('m', { kind: 'family', coordinator: true })], []));
    expect(w.map((x) => [x.code, x.actorId])).toEqual([
      ['RELCAP_MAP_COORDINATOR_NOT_PROFESSIONAL', 'm'],
      ['RELCAP_MAP_ISOLATED_ACTOR', 'm'],
    ]);
  });

  it('names actors with no relation, and counts a missing relation as a relation', () => {
    const w = mapWarnings(map([pro('a', { coordinator: true }), pro('b'), pro('c')], [rel('r', 'a', 'b', 'missing')]));
    expect(w.map((x) => x.actorId)).toEqual(['c']);
  });
});

describe('findGaps', () => {
  it('lists unordered pairs of professionals without any relation, in actor order', () => {
    // a-b strong, c-a missing (drawn, so not a gap), b->d directed. Pairs of {a,b,c,d}: ab ac ad bc bd cd;
    // linked: ab, ac, bd -> gaps ad, bc, cd. The child and the organisation are never part of a gap.
    const m = map(
      [pro('a'), { id: 'x', label: 'Barn', kind: 'child' }, pro('b'), pro('c'), pro('o', { kind: 'organisation' }), pro('d')],
      [rel('r1', 'a', 'b'), rel('r2', 'c', 'a', 'missing'), { ...rel('r3', 'b', 'd'), directed: true }],
    );
    expect(findGaps(m)).toEqual([
      { a: 'a', b: 'd' },
      { a: 'b', b: 'c' },
      { a: 'c', b: 'd' },
    ]);
  });

  it('finds n(n-1)/2 gaps on a map without relations', () => {
    const m = map([pro('a'), pro('b'), pro('c'), pro('d'), pro('e')], []);
    expect(findGaps(m)).toHaveLength(10); // 5 * 4 / 2
  });
});

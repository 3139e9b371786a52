import { readFileSync } from 'node:fs';
import {
  type Actor,
  addActor,
  connect,
  MAP_SCHEMA_VERSION,
  type NetworkMap,
  nextActorId,
  nextRelationId,
  parseMap,
  type Relation,
  removeActor,
  removeRelation,
  setRelationStrength,
  updateActor,
} from '@relcap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScene, positionToScenePoint, type Scene, scenePointToPosition } from '../../src/scene/index';

const example = parseMap(readFileSync(new URL('../../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8'));

/** Scene coordinates are compared to 1e-9 scene units (a ring gap is 150). */
const TOL = 1e-9;
const PROFESSIONS = ['lærer', 'pædagog', 'psykolog', 'socialrådgiver', 'politi', 'forælder', 'sundhedsplejerske', undefined];
const KINDS = ['child', 'family', 'professional', 'organisation'] as const;
const STRENGTHS = ['strong', 'weak', 'missing', 'stressful'] as const;

const arbActor = fc.record({
  kind: fc.constantFrom(...KINDS),
  profession: fc.constantFrom(...PROFESSIONS),
  label: fc.string({ maxLength: 12 }),
  organisation: fc.option(fc.constantFrom('Skolen', 'PPR', 'Kommunen'), { nil: undefined }),
  position: fc.option(
    fc.record({ angle: fc.double({ min: 0, max: 360, maxExcluded: true, noNaN: true }), distance: fc.double({ min: 0, max: 5, noNaN: true }), pinned: fc.boolean() }),
    { nil: undefined, freq: 3 },
  ),
});

/** Random valid maps of every type: up to 20 actors, some with stored positions, up to 30 relations. */
const arbMap = fc
  .record({
    actors: fc.array(arbActor, { minLength: 1, maxLength: 20 }),
    rels: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...STRENGTHS), fc.boolean()), { maxLength: 30 }),
    type: fc.constantFrom('child' as const, 'roles' as const, 'network' as const),
  })
  .map(({ actors, rels, type }): NetworkMap => {
    const as: Actor[] = actors.map((a, i) => ({
      id: `a${i}`,
      label: a.label,
      kind: a.kind,
      ...(a.profession !== undefined ? { profession: a.profession } : {}),
      ...(a.organisation !== undefined ? { organisation: a.organisation } : {}),
      ...(a.position !== undefined ? { position: a.position } : {}),
    }));
    const relations: Relation[] = rels
      .map(([s, t, strength, directed], i): Relation => ({ id: `r${i}`, source: `a${s % as.length}`, target: `a${t % as.length}`, directed, kind: 'strength', strength }))
      .filter((r) => r.source !== r.target);
    return { schemaVersion: MAP_SCHEMA_VERSION, type, title: 'Tilfældigt kort', actors: as, relations };
  });

const nodesOf = (scene: Scene): Map<string, { x: number; y: number }> => new Map(scene.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));

/** Every node of `before` (but `except`) is at the same x,y in `after`, to {@link TOL}. */
function expectUnmoved(before: Scene, after: Scene, except: ReadonlySet<string> = new Set()): void {
  const now = nodesOf(after);
  for (const n of before.nodes) {
    if (except.has(n.id)) continue;
    const p = now.get(n.id)!;
    expect(Math.abs(p.x - n.x)).toBeLessThanOrEqual(TOL);
    expect(Math.abs(p.y - n.y)).toBeLessThanOrEqual(TOL);
  }
}

describe('buildScene layout stability', () => {
  it('adding an actor moves no other actor (the last scene as previous)', () => {
    fc.assert(
      fc.property(arbMap, arbActor, fc.integer({ min: 0, max: 1000 }), (map, extra, seed) => {
        const before = buildScene(map, { seed });
        const id = nextActorId(map, 'ny');
        const added = addActor(map, {
          id,
          label: extra.label,
          kind: extra.kind,
          ...(extra.profession !== undefined ? { profession: extra.profession } : {}),
          ...(extra.position !== undefined ? { position: extra.position } : {}),
        });
        const after = buildScene(added, { seed, previous: nodesOf(before) });
        expect(after.nodes).toHaveLength(before.nodes.length + 1);
        expectUnmoved(before, after);
        const p = after.nodes.find((n) => n.id === id)!;
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('removing an actor moves no other actor (the last scene as previous)', () => {
    fc.assert(
      fc.property(arbMap, fc.nat(), (map, pick) => {
        const gone = map.actors[pick % map.actors.length]!.id;
        const before = buildScene(map);
        const after = buildScene(removeActor(map, gone), { previous: nodesOf(before) });
        expectUnmoved(before, after, new Set([gone]));
      }),
      { numRuns: 100 },
    );
  });

  it('adding, changing or removing a relation moves no actor, even without previous', () => {
    fc.assert(
      fc.property(arbMap, fc.nat(), fc.nat(), fc.constantFrom(...STRENGTHS), fc.constantFrom('connect', 'strength', 'remove'), (map, a, b, strength, op) => {
        fc.pre(op === 'connect' ? map.actors.length > 1 : map.relations.length > 0);
        const before = buildScene(map);
        const rel = map.relations[a % Math.max(1, map.relations.length)];
        let next: NetworkMap;
        if (op === 'connect') {
          const s = map.actors[a % map.actors.length]!.id;
          const others = map.actors.filter((x) => x.id !== s);
          const t = others[b % others.length]!.id;
          next = connect(map, { id: nextRelationId(map), source: s, target: t, directed: false, kind: 'strength', strength });
        } else next = op === 'strength' ? setRelationStrength(map, rel!.id, strength) : removeRelation(map, rel!.id);
        expectUnmoved(before, buildScene(next));
      }),
      { numRuns: 200 },
    );
  });

  it('switching the language moves no actor, even without previous', () => {
    fc.assert(
      fc.property(arbMap, fc.integer({ min: 0, max: 1000 }), (map, seed) => {
        expectUnmoved(buildScene(map, { seed, lang: 'da' }), buildScene(map, { seed, lang: 'en' }));
      }),
      { numRuns: 100 },
    );
  });

  it('changing the sector of an actor moves it to its new ring and nobody else', () => {
    const before = buildScene(example);
    const after = buildScene(updateActor(example, 'tandplejer', { sector: 'specialised' }), { previous: nodesOf(before) });
    expectUnmoved(before, after, new Set(['tandplejer']));
    const moved = after.nodes.find((n) => n.id === 'tandplejer')!;
    expect(moved.ring).toBe(3);
    expect(Math.hypot(moved.x, moved.y)).toBeCloseTo(450, 9);
  });

  it('on the example map, switching the language moves none of the 8 actors and adding one moves none of them', () => {
    const da = buildScene(example, { lang: 'da' });
    expectUnmoved(da, buildScene(example, { lang: 'en' }));
    const more = addActor(example, { id: 'mor', label: 'Mor', kind: 'family' });
    expectUnmoved(da, buildScene(more, { lang: 'da', previous: nodesOf(da) }));
  });
});

describe('buildScene placement', () => {
  it('draws a stored position at angle and distance times the ring gap', () => {
    const map = { ...example, actors: example.actors.map((a) => (a.id === 'psykolog' ? { ...a, position: { angle: 90, distance: 2.5 } } : a)) };
    const p = buildScene(map, { ringGap: 100 }).nodes.find((n) => n.id === 'psykolog')!;
    // 3 o'clock, 2.5 ring gaps of 100 from the centre
    expect(p.x).toBeCloseTo(250, 9);
    expect(p.y).toBeCloseTo(0, 9);
    expect(p.pinned).toBe(false);
  });

  it('puts rings at fixed distances, k x ringGap, whatever they hold', () => {
    const scene = buildScene(example);
    expect(scene.rings.map((r) => [r.index, r.radius])).toEqual([
      [1, 150],
      [2, 300],
      [3, 450],
    ]);
    for (const n of scene.nodes) expect(Math.hypot(n.x, n.y)).toBeCloseTo(n.ring * 150, 9);
  });

  it('spreads a ring evenly when none of its actors has a place yet', () => {
    const scene = buildScene(example, { seed: 3 });
    const universal = scene.nodes.filter((n) => n.ring === 2).map((n) => scenePointToPosition(n.x, n.y).angle).sort((a, b) => a - b);
    // five universal services: 72 degrees apart
    expect(universal).toHaveLength(5);
    for (let i = 1; i < universal.length; i++) expect(universal[i]! - universal[i - 1]!).toBeCloseTo(72, 9);
  });

  it('puts a new actor in the middle of the widest free arc of its ring', () => {
    const two: NetworkMap = {
      schemaVersion: MAP_SCHEMA_VERSION,
      type: 'child',
      title: 't',
      actors: [
        { id: 'l', label: 'Lærer', kind: 'professional', profession: 'lærer', position: { angle: 0, distance: 2 } },
        { id: 'p', label: 'Pædagog', kind: 'professional', profession: 'pædagog', position: { angle: 90, distance: 2 } },
        { id: 'n', label: 'Ny', kind: 'professional', profession: 'lærer' },
      ],
      relations: [],
    };
    const n = buildScene(two).nodes.find((x) => x.id === 'n')!;
    // free arc from 90 to 360 degrees: its middle is 225 (between 6 and 9 o'clock), on ring 2 (300)
    expect(n.x).toBeCloseTo(-300 * Math.SQRT1_2, 9);
    expect(n.y).toBeCloseTo(300 * Math.SQRT1_2, 9);
  });
});

describe('scenePointToPosition and positionToScenePoint', () => {
  it('convert a scene point to the stored polar position and back', () => {
    expect(scenePointToPosition(300, 0)).toEqual({ angle: 90, distance: 2 });
    expect(scenePointToPosition(0, -50, { ringGap: 100 })).toEqual({ angle: 0, distance: 0.5 });
    const back = positionToScenePoint({ angle: 180, distance: 1 });
    expect(back.x).toBeCloseTo(0, 9);
    expect(back.y).toBeCloseTo(150, 9);
  });
});

// The app's reducer in Node: each map edit, its undo, tap-tap connecting, refused edits and
// opening an older file; fast-check: undo after any sequence restores the map exactly, and no
// action makes an invalid map.
import { readFileSync } from 'node:fs';
import { MAP_SCHEMA_VERSION, type NetworkMap, parseMap, validateMap } from '@relcap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState } from '../src/state/initial-state';
import { reduce } from '../src/state/reduce';
import type { Action, AppState } from '../src/state/types';

const exampleText = readFileSync(new URL('../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8');
const example = parseMap(exampleText, { file: 'seeds-001-network-map.json' });
const start = (map: NetworkMap = example): AppState => initialState({ lang: 'da', map });
const run = (s: AppState, actions: readonly Action[]): AppState => actions.reduce(reduce, s);
const undoAll = (s: AppState): AppState => {
  let x = s;
  while (x.past.length > 0) x = reduce(x, { type: 'undo' });
  return x;
};

describe('reduce: map edits and their undo', () => {
  it('adds an actor with an id from its profession, selects it, and undo takes it away exactly', () => {
    const s0 = start();
    const s1 = reduce(s0, { type: 'addActor', actor: { label: 'Talepædagog', kind: 'professional', profession: 'talepædagog' } });
    expect(s1.map!.actors).toHaveLength(example.actors.length + 1);
    expect(s1.map!.actors.at(-1)).toMatchObject({ id: 'talepædagog', label: 'Talepædagog' });
    expect(s1.selection).toEqual({ kind: 'actor', id: 'talepædagog' });
    expect(s1.past).toHaveLength(1);
    const s2 = reduce(s1, { type: 'undo' });
    expect(s2.map).toEqual(example);
    expect(s2.selection).toBeNull();
    expect(reduce(s2, { type: 'redo' }).map).toEqual(s1.map);
  });

  it('connects two actors (several relations per pair allowed) and undo removes only the new one', () => {
    const [a, b] = example.relations[0] ? [example.relations[0].source, example.relations[0].target] : ['', ''];
    const s1 = reduce(start(), { type: 'connect', source: a, target: b, strength: 'missing' });
    const added = s1.map!.relations.at(-1)!;
    expect(added).toMatchObject({ source: a, target: b, kind: 'strength', strength: 'missing', directed: false });
    expect(s1.map!.relations.filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a)).length).toBeGreaterThanOrEqual(2);
    expect(s1.selection).toEqual({ kind: 'relation', id: added.id });
    expect(reduce(s1, { type: 'undo' }).map).toEqual(example);
  });

  it('rates a relation on the seven dimensions and undo brings back its strength', () => {
    const r = example.relations.find((x) => x.kind === 'strength')!;
    const ratings = { frequency: 2, timeliness: 2, accuracy: 3, problem_solving: 2, shared_goals: 3, shared_knowledge: 2, mutual_respect: 3 };
    const s1 = reduce(start(), { type: 'rate', id: r.id, ratings });
    const rated = s1.map!.relations.find((x) => x.id === r.id)!;
    expect(rated.kind).toBe('rated');
    expect(rated.kind === 'rated' && rated.ratings).toEqual(ratings);
    expect(reduce(s1, { type: 'undo' }).map).toEqual(example);
  });

  it('removes an actor with its relations in one step, and one undo restores both', () => {
    const id = example.relations[0]!.source;
    const touching = example.relations.filter((r) => r.source === id || r.target === id).length;
    expect(touching).toBeGreaterThan(0);
    const s1 = reduce({ ...start(), selection: { kind: 'actor', id } }, { type: 'removeActor', id });
    expect(s1.map!.actors.some((a) => a.id === id)).toBe(false);
    expect(s1.map!.relations).toHaveLength(example.relations.length - touching);
    expect(s1.selection).toBeNull();
    expect(s1.past).toHaveLength(1);
    expect(reduce(s1, { type: 'undo' }).map).toEqual(example);
  });

  it('sets the coordinator (only one) and undo gives the old one back', () => {
    const old = example.actors.find((a) => a.coordinator === true)!;
    const other = example.actors.find((a) => a.kind === 'professional' && a.id !== old.id)!;
    const s1 = reduce(start(), { type: 'setCoordinator', id: other.id });
    expect(s1.map!.actors.filter((a) => a.coordinator === true).map((a) => a.id)).toEqual([other.id]);
    expect(reduce(s1, { type: 'undo' }).map).toEqual(example);
  });

  it('annotates a relation with a note and an agreed action, and undo removes both', () => {
    const id = example.relations[1]!.id;
    const s1 = reduce(start(), { type: 'annotate', id, notes: 'Ring hver måned', action: { what: 'Månedligt opkald', who: 'Lærer', when: '2026-05' } });
    expect(s1.map!.relations[1]).toMatchObject({ notes: 'Ring hver måned', action: { what: 'Månedligt opkald', who: 'Lærer', when: '2026-05' } });
    expect(reduce(s1, { type: 'undo' }).map).toEqual(example);
  });

  it('tap-tap: tap A starts a connection, tap B connects, tapping A again cancels', () => {
    const [a, b] = [example.actors[1]!.id, example.actors[2]!.id];
    const linking = reduce(start(), { type: 'linkStart', id: a });
    expect(linking.linkFrom).toBe(a);
    expect(reduce(linking, { type: 'select', target: { kind: 'actor', id: a } }).linkFrom).toBeNull();
    expect(reduce(linking, { type: 'select', target: { kind: 'actor', id: a } }).map).toBe(example);
    const done = reduce(linking, { type: 'select', target: { kind: 'actor', id: b } });
    expect(done.linkFrom).toBeNull();
    expect(done.map!.relations.at(-1)).toMatchObject({ source: a, target: b });
  });

  it('refuses an edit with a located error and leaves the map and history as they were', () => {
    const s0 = start();
    const s1 = reduce(s0, { type: 'setStrength', id: 'no-such-relation', strength: 'weak' });
    expect(s1.map).toBe(s0.map);
    expect(s1.past).toHaveLength(0);
    expect(s1.error?.code).toMatch(/^RELCAP_EDIT_/);
    expect(s1.error?.message).toContain('no-such-relation');
  });

  it('opens a map from format version 1 migrated to the current one (x,y to ring-relative polar), with an empty history', () => {
    const v1 = {
      schemaVersion: 1,
      title: 'Gammelt kort',
      type: 'child',
      actors: [
        { id: 'barn', label: 'Barn', kind: 'child' },
        // Version 1 kept scene x,y with a ring gap of 150: (150, 0) is 3 o'clock on the first ring.
        { id: 'mor', label: 'Mor', kind: 'family', position: { x: 150, y: 0, pinned: true } },
      ],
      relations: [{ id: 'r1', source: 'barn', target: 'mor', kind: 'strength', strength: 'strong', directed: false }],
    };
    const migrated = parseMap(JSON.stringify(v1), { file: 'old.relcap.json' });
    expect(migrated.schemaVersion).toBe(MAP_SCHEMA_VERSION);
    expect(MAP_SCHEMA_VERSION).toBeGreaterThan(1);
    expect(migrated.actors[1]!.position).toEqual({ angle: 90, distance: 1, pinned: true });
    const s = reduce(reduce(start(), { type: 'renameMap', title: 'x' }), { type: 'open', map: migrated, docId: null });
    expect(s.map).toBe(migrated);
    expect(s.past).toHaveLength(0);
    expect(reduce(s, { type: 'undo' })).toBe(s);
    // An edit of the migrated map and its undo.
    const moved = reduce(s, { type: 'moveActor', id: 'mor', position: { angle: 180, distance: 2, pinned: true } });
    expect(moved.map!.actors[1]!.position).toEqual({ angle: 180, distance: 2, pinned: true });
    expect(reduce(moved, { type: 'undo' }).map).toEqual(migrated);
  });
});

// A command picks its targets by index into the map at the moment it runs, so that most of the
// generated actions are valid and some are refused (an index past the end gives an unknown id).
const STRENGTHS = ['strong', 'weak', 'missing', 'stressful'] as const;
const command = fc.oneof(
  fc.record({ op: fc.constant('add' as const), label: fc.string({ maxLength: 12 }), kind: fc.constantFrom('family', 'professional', 'organisation' as const) }),
  fc.record({ op: fc.constant('remove' as const), i: fc.nat(12) }),
  fc.record({ op: fc.constant('connect' as const), i: fc.nat(12), j: fc.nat(12), s: fc.constantFrom(...STRENGTHS) }),
  fc.record({ op: fc.constant('strength' as const), i: fc.nat(20), s: fc.constantFrom(...STRENGTHS) }),
  fc.record({ op: fc.constant('direction' as const), i: fc.nat(20), directed: fc.boolean(), reverse: fc.boolean() }),
  fc.record({ op: fc.constant('rate' as const), i: fc.nat(20), v: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 }) }),
  fc.record({ op: fc.constant('coordinator' as const), i: fc.nat(12) }),
  fc.record({ op: fc.constant('unrelate' as const), i: fc.nat(20) }),
  fc.record({ op: fc.constant('move' as const), i: fc.nat(12), angle: fc.integer({ min: 0, max: 359 }), distance: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ op: fc.constant('note' as const), i: fc.nat(20), text: fc.string({ maxLength: 20 }) }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;
const DIMS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];

function toAction(map: NetworkMap, c: Command): Action {
  const actor = (i: number): string => map.actors[i]?.id ?? `missing-${i}`;
  const rel = (i: number): string => map.relations[i]?.id ?? `missing-${i}`;
  switch (c.op) {
    case 'add':
      return { type: 'addActor', actor: { label: c.label, kind: c.kind } };
    case 'remove':
      return { type: 'removeActor', id: actor(c.i) };
    case 'connect':
      return { type: 'connect', source: actor(c.i), target: actor(c.j), strength: c.s };
    case 'strength':
      return { type: 'setStrength', id: rel(c.i), strength: c.s };
    case 'direction':
      return { type: 'setDirection', id: rel(c.i), direction: { directed: c.directed, reverse: c.reverse } };
    case 'rate':
      return { type: 'rate', id: rel(c.i), ratings: Object.fromEntries(DIMS.map((d, k) => [d, c.v[k]!])) };
    case 'coordinator':
      return { type: 'setCoordinator', id: c.i === 12 ? null : actor(c.i) };
    case 'unrelate':
      return { type: 'removeRelation', id: rel(c.i) };
    case 'note':
      return { type: 'annotate', id: rel(c.i), notes: c.text === '' ? null : c.text };
    case 'move':
      return { type: 'moveActor', id: actor(c.i), position: { angle: c.angle, distance: c.distance, pinned: true } };
  }
}

describe('reduce: properties', () => {
  it('undo after any sequence of actions restores the map exactly; redo replays it; every map is valid', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        let s = start();
        for (const c of commands) {
          s = reduce(s, toAction(s.map!, c));
          // validateMap throws on an invalid map: no action makes one.
          validateMap(s.map!);
        }
        const end = s.map;
        const undone = undoAll(s);
        expect(undone.map).toEqual(example);
        let redone = undone;
        while (redone.future.length > 0) redone = reduce(redone, { type: 'redo' });
        expect(redone.map).toEqual(end);
      }),
      { numRuns: 150 },
    );
  });

  it('a sequence of actions on an empty map undoes back to the empty map', () => {
    const empty: NetworkMap = { schemaVersion: MAP_SCHEMA_VERSION, title: 'Barn A', type: 'child', actors: [{ id: 'barn', label: 'Barn A', kind: 'child' }], relations: [] };
    fc.assert(
      fc.property(fc.array(command, { maxLength: 20 }), (commands) => {
        const s = run(start(empty), []);
        let x = s;
        for (const c of commands) x = reduce(x, toAction(x.map!, c));
        expect(undoAll(x).map).toEqual(empty);
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MapEditError } from '../../../src/errors/index';
import {
  ACTOR_KINDS,
  addActor,
  annotateRelation,
  connect,
  moveActor,
  type NetworkMap,
  nextActorId,
  nextRelationId,
  RELATION_STRENGTHS,
  rateRelation,
  removeActor,
  removeRelation,
  SECTORS,
  setCoordinator,
  setRelationDirection,
  setRelationStrength,
  updateActor,
  validateMap,
} from '../../../src/map/index';
import { arbMap, arbText } from '../arbitrary-map';
import { deepFreeze } from './fixture';

/**
 * Edits as data: `pick` chooses an actor or relation of the map the edit meets (modulo their
 * number), `ghost` replaces it by an id that is not on the map. Values include invalid ones (a
 * rating of 7, an empty action), so both paths are exercised: a new valid map, or a MapEditError.
 */
const pick = fc.nat();
const ghost = fc.boolean();
const arbEdit = fc.oneof(
  fc.record({ op: fc.constant('add' as const), label: arbText, kind: fc.constantFrom(...ACTOR_KINDS), coordinator: fc.boolean() }),
  fc.record({ op: fc.constant('update' as const), pick, ghost, label: arbText, sector: fc.constantFrom(...SECTORS, 'school', null) }),
  fc.record({ op: fc.constant('removeActor' as const), pick, ghost }),
  fc.record({ op: fc.constant('connect' as const), a: pick, b: pick, strength: fc.constantFrom(...RELATION_STRENGTHS), directed: fc.boolean() }),
  fc.record({ op: fc.constant('removeRelation' as const), pick, ghost }),
  fc.record({ op: fc.constant('strength' as const), pick, ghost, strength: fc.constantFrom(...RELATION_STRENGTHS) }),
  fc.record({ op: fc.constant('direction' as const), pick, ghost, directed: fc.boolean(), reverse: fc.boolean() }),
  fc.record({ op: fc.constant('rate' as const), pick, ghost, ratings: fc.dictionary(fc.constantFrom('frequency', 'accuracy', 'mutual_respect', 'trust'), fc.integer({ min: 0, max: 7 })) }),
  fc.record({ op: fc.constant('coordinator' as const), pick, none: fc.boolean() }),
  fc.record({ op: fc.constant('move' as const), pick, angle: fc.double({ min: -10, max: 400, noNaN: true }), distance: fc.double({ min: -1, max: 6, noNaN: true }) }),
  fc.record({ op: fc.constant('annotate' as const), pick, notes: fc.option(arbText), what: fc.option(arbText) }),
);
type Edit = typeof arbEdit extends fc.Arbitrary<infer T> ? T : never;

function actorId(map: NetworkMap, n: number, isGhost = false): string {
  return isGhost || map.actors.length === 0 ? '\u0000ghost' : map.actors[n % map.actors.length]!.id;
}
function relationId(map: NetworkMap, n: number, isGhost = false): string {
  return isGhost || map.relations.length === 0 ? '\u0000ghost' : map.relations[n % map.relations.length]!.id;
}

function apply(map: NetworkMap, e: Edit): NetworkMap {
  switch (e.op) {
    case 'add':
      return addActor(map, { id: nextActorId(map, e.label), label: e.label, kind: e.kind, ...(e.coordinator ? { coordinator: true } : {}) });
    case 'update':
      return updateActor(map, actorId(map, e.pick, e.ghost), { label: e.label, sector: e.sector as never });
    case 'removeActor':
      return removeActor(map, actorId(map, e.pick, e.ghost));
    case 'connect':
      return connect(map, { id: nextRelationId(map), source: actorId(map, e.a), target: actorId(map, e.b), directed: e.directed, kind: 'strength', strength: e.strength });
    case 'removeRelation':
      return removeRelation(map, relationId(map, e.pick, e.ghost));
    case 'strength':
      return setRelationStrength(map, relationId(map, e.pick, e.ghost), e.strength);
    case 'direction':
      return setRelationDirection(map, relationId(map, e.pick, e.ghost), { directed: e.directed, reverse: e.reverse });
    case 'rate':
      return rateRelation(map, relationId(map, e.pick, e.ghost), e.ratings);
    case 'coordinator':
      return setCoordinator(map, e.none ? null : actorId(map, e.pick));
    case 'move':
      return moveActor(map, actorId(map, e.pick), { angle: e.angle, distance: e.distance, pinned: true });
    case 'annotate':
      return annotateRelation(map, relationId(map, e.pick), { notes: e.notes, action: e.what === null ? null : { what: e.what } });
  }
}

describe('map edits (properties)', () => {
  it('no sequence of edits yields a map validateMap rejects, and no edit mutates its input', () => {
    fc.assert(
      fc.property(arbMap, fc.array(arbEdit, { maxLength: 25 }), (start, edits) => {
        let map = deepFreeze(structuredClone(start));
        for (const e of edits) {
          const before = structuredClone(map);
          let next: NetworkMap;
          try {
            next = apply(map, e);
          } catch (err) {
            // A refused edit is a typed, located error, and the map stays as it was.
            expect(err).toBeInstanceOf(MapEditError);
            expect((err as MapEditError).code).toMatch(/^RELCAP_EDIT_/);
            expect((err as MapEditError).location.expected).toEqual(expect.any(String));
            continue;
          }
          expect(map).toEqual(before);
          expect(validateMap(next)).toEqual(next);
          map = deepFreeze(next);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('removeActor leaves no relation naming the removed actor', () => {
    fc.assert(
      fc.property(arbMap, pick, (map, n) => {
        const id = actorId(map, n);
        const next = removeActor(map, id);
        expect(next.relations.every((r) => r.source !== id && r.target !== id)).toBe(true);
        expect(next.relations.length).toBe(map.relations.filter((r) => r.source !== id && r.target !== id).length);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { addActor, moveActor, nextActorId, removeActor, setCoordinator, updateActor, validateMap } from '../../../src/map/index';
import { deepFreeze, editErrorOf, small } from './fixture';

describe('addActor', () => {
  it('adds the actor at the end and shares the other actors and the relations', () => {
    const map = deepFreeze(small());
    const next = addActor(map, { id: 'psy', label: 'PPR-psykolog', kind: 'professional', profession: 'psykolog' });
    expect(next.actors.map((a) => a.id)).toEqual(['barn', 'mor', 'l', 'p', 's', 'psy']);
    expect(next.actors[0]).toBe(map.actors[0]);
    expect(next.relations).toBe(map.relations);
    expect(validateMap(next)).toEqual(next);
  });

  it('copies only the known fields of the actor, as validateMap does', () => {
    const actor = { id: 'x', label: 'X', kind: 'family', colour: 'red' } as never;
    expect(addActor(small(), actor).actors[5]).toEqual({ id: 'x', label: 'X', kind: 'family' });
  });

  it.each([
    ['a taken id', { id: 'l', label: 'L2', kind: 'professional' }, 'RELCAP_EDIT_DUPLICATE_ID', 'actors[5].id', 'l'],
    ['an unknown kind', { id: 'x', label: 'X', kind: 'teacher' }, 'RELCAP_EDIT_UNKNOWN_VALUE', 'actors[5].kind', 'teacher'],
    ['an empty id', { id: ' ', label: 'X', kind: 'family' }, 'RELCAP_EDIT_EMPTY_ID', 'actors[5].id', ' '],
    ['a second coordinator', { id: 'x', label: 'X', kind: 'professional', coordinator: true }, 'RELCAP_EDIT_MULTIPLE_COORDINATORS', 'actors[5].coordinator', 'true'],
  ])('refuses %s with a located RELCAP_EDIT_ error', (_name, actor, code, path, value) => {
    const err = editErrorOf(() => addActor(small(), actor as never));
    expect(err.code).toBe(code);
    expect(err.location).toMatchObject({ path, value });
    expect(err.location.expected).toEqual(expect.any(String));
    expect(err.message).toMatch(/^addActor: /);
  });
});

describe('nextActorId', () => {
  it('gives the slug of the base when free, else the first free numbered one', () => {
    const map = small();
    expect(nextActorId(map, 'PPR psykolog')).toBe('ppr-psykolog');
    expect(nextActorId(map, ' L ')).toBe('l-2');
    const more = addActor(map, { id: 'l-2', label: 'L', kind: 'professional' });
    expect(nextActorId(more, 'l')).toBe('l-3');
    expect(nextActorId(map, '   ')).toBe('actor');
    expect(nextActorId(map, 'Sundhedsplejerske i Ærø kommune, distrikt nord')).toHaveLength(40);
  });
});

describe('updateActor', () => {
  it('changes the given fields, removes those set to null, keeps the rest and the place', () => {
    const map = deepFreeze(small());
    const next = updateActor(map, 'p', { label: 'Pædagog (SFO)', organisation: 'Skolen', notes: null, anchoring: 'fixed' });
    expect(next.actors[3]).toEqual({ id: 'p', label: 'Pædagog (SFO)', kind: 'professional', profession: 'pædagog', organisation: 'Skolen', anchoring: 'fixed' });
    expect(next.actors[2]).toBe(map.actors[2]);
    expect(validateMap(next)).toEqual(next);
  });

  it.each([
    ['an unknown actor', 'nobody', { label: 'x' }, 'RELCAP_EDIT_UNKNOWN_ACTOR', 'actors', 'nobody'],
    ['an unknown sector', 'l', { sector: 'school' }, 'RELCAP_EDIT_UNKNOWN_VALUE', 'actors[2].sector', 'school'],
    ['a removed label', 'l', { label: null }, 'RELCAP_EDIT_MISSING_FIELD', 'actors[2].label', undefined],
    ['the coordinator field', 'l', { coordinator: false }, 'RELCAP_EDIT_UNKNOWN_FIELD', 'actors[2].coordinator', 'coordinator'],
    ['the id', 'l', { id: 'm' }, 'RELCAP_EDIT_UNKNOWN_FIELD', 'actors[2].id', 'id'],
    ['authority as text', 's', { authority: 'ja' }, 'RELCAP_EDIT_BAD_TYPE', 'actors[4].authority', 'ja'],
  ])('refuses %s', (_name, id, patch, code, path, value) => {
    const err = editErrorOf(() => updateActor(small(), id, patch as never));
    expect(err.code).toBe(code);
    expect(err.location.path).toBe(path);
    expect(err.location.value).toBe(value);
  });
});

describe('removeActor', () => {
  it('removes the actor and every relation at either end, and nothing else', () => {
    const map = deepFreeze(small());
    const next = removeActor(map, 'p');
    expect(next.actors.map((a) => a.id)).toEqual(['barn', 'mor', 'l', 's']);
    expect(next.relations.map((r) => r.id)).toEqual(['r1']);
    expect(validateMap(next)).toEqual(next);
  });

  it('refuses an unknown actor', () => {
    expect(editErrorOf(() => removeActor(small(), 'x')).code).toBe('RELCAP_EDIT_UNKNOWN_ACTOR');
  });
});

describe('setCoordinator', () => {
  it('moves the role to the new actor, leaving exactly one', () => {
    const next = setCoordinator(deepFreeze(small()), 's');
    expect(next.actors.filter((a) => a.coordinator === true).map((a) => a.id)).toEqual(['s']);
    expect(next.actors[2]).not.toHaveProperty('coordinator');
    expect(validateMap(next)).toEqual(next);
  });

  it('with null leaves no coordinator; actors that do not change are shared', () => {
    const map = deepFreeze(small());
    const next = setCoordinator(map, null);
    expect(next.actors.some((a) => 'coordinator' in a)).toBe(false);
    expect(next.actors[0]).toBe(map.actors[0]);
    expect(setCoordinator(map, 'l').actors[2]).toBe(map.actors[2]);
  });

  it('refuses an unknown actor', () => {
    expect(editErrorOf(() => setCoordinator(small(), 'x')).location).toMatchObject({ path: 'actors', value: 'x' });
  });
});

describe('moveActor', () => {
  it('saves the position on the actor and removes it with null', () => {
    const map = deepFreeze(small());
    const moved = moveActor(map, 'l', { angle: 120, distance: 2.5, pinned: true });
    expect(moved.actors[2]?.position).toEqual({ angle: 120, distance: 2.5, pinned: true });
    expect(validateMap(moved)).toEqual(moved);
    expect(moveActor(moved, 'l', null).actors[2]).toEqual(map.actors[2]);
  });

  it.each([
    ['an angle of 360', { angle: 360, distance: 1 }, 'RELCAP_EDIT_OUT_OF_RANGE', 'actors[3].position.angle'],
    ['a negative angle', { angle: -0.5, distance: 1 }, 'RELCAP_EDIT_OUT_OF_RANGE', 'actors[3].position.angle'],
    ['a negative distance', { angle: 10, distance: -1 }, 'RELCAP_EDIT_OUT_OF_RANGE', 'actors[3].position.distance'],
    ['a distance that is not a number', { angle: 10, distance: Number.NaN }, 'RELCAP_EDIT_BAD_TYPE', 'actors[3].position.distance'],
    ['x,y instead of angle and distance', { x: 1, y: 2 }, 'RELCAP_EDIT_BAD_TYPE', 'actors[3].position.angle'],
  ])('refuses %s, naming the coordinate', (_name, position, code, path) => {
    const err = editErrorOf(() => moveActor(small(), 'p', position as never));
    expect(err.code).toBe(code);
    expect(err.location.path).toBe(path);
  });
});

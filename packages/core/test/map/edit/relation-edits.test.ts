import { describe, expect, it } from 'vitest';
import {
  annotateRelation,
  connect,
  nextRelationId,
  rateRelation,
  relationBand,
  removeRelation,
  setRelationDirection,
  setRelationStrength,
  validateMap,
} from '../../../src/map/index';
import { deepFreeze, editErrorOf, small } from './fixture';

const ALL_SEVEN = { frequency: 4, timeliness: 5, accuracy: 4, problem_solving: 5, shared_goals: 4, shared_knowledge: 4, mutual_respect: 5 };

describe('connect', () => {
  it('adds the relation at the end; a second relation between the same pair is allowed', () => {
    const map = deepFreeze(small());
    const once = connect(map, { id: 'r4', source: 'p', target: 'l', directed: true, kind: 'strength', strength: 'weak' });
    const twice = connect(once, { id: 'r5', source: 'l', target: 'p', directed: false, kind: 'strength', strength: 'stressful' });
    expect(twice.relations.filter((r) => [r.source, r.target].sort().join() === 'l,p')).toHaveLength(3);
    expect(twice.actors).toBe(map.actors);
    expect(validateMap(twice)).toEqual(twice);
  });

  it.each([
    ['a taken id', { id: 'r1', source: 'l', target: 's' }, 'RELCAP_EDIT_DUPLICATE_ID', 'relations[3].id', 'r1'],
    ['an unknown target', { id: 'r9', source: 'l', target: 'far' }, 'RELCAP_EDIT_UNKNOWN_ACTOR', 'relations[3].target', 'far'],
    ['an unknown source', { id: 'r9', source: 'mo', target: 'l' }, 'RELCAP_EDIT_UNKNOWN_ACTOR', 'relations[3].source', 'mo'],
    ['a strength self-loop', { id: 'r9', source: 'l', target: 'l' }, 'RELCAP_EDIT_SELF_LOOP', 'relations[3].target', 'l'],
  ])('refuses %s', (_name, ends, code, path, value) => {
    const err = editErrorOf(() => connect(small(), { ...ends, directed: false, kind: 'strength', strength: 'weak' }));
    expect(err.code).toBe(code);
    expect(err.location).toMatchObject({ path, value });
  });

  it('refuses an unknown strength', () => {
    const err = editErrorOf(() => connect(small(), { id: 'r9', source: 'l', target: 's', directed: false, kind: 'strength', strength: 'medium' } as never));
    expect(err).toMatchObject({ code: 'RELCAP_EDIT_UNKNOWN_VALUE', location: { path: 'relations[3].strength', value: 'medium' } });
  });
});

describe('nextRelationId', () => {
  it('gives r<count + 1>, or the next free number', () => {
    const map = small();
    expect(nextRelationId(map)).toBe('r4');
    const taken = connect(map, { id: 'r4', source: 'l', target: 's', directed: false, kind: 'strength', strength: 'weak' });
    expect(nextRelationId(taken)).toBe('r5');
    expect(nextRelationId({ ...map, relations: [map.relations[2]!, { ...map.relations[0]!, id: 'r2' }] })).toBe('r4');
  });
});

describe('removeRelation', () => {
  it('removes only that relation; actors stay', () => {
    const map = deepFreeze(small());
    const next = removeRelation(map, 'r2');
    expect(next.relations.map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(next.actors).toBe(map.actors);
  });

  it('refuses an unknown relation', () => {
    expect(editErrorOf(() => removeRelation(small(), 'r9')).location).toMatchObject({ path: 'relations', value: 'r9' });
  });
});

describe('setRelationStrength', () => {
  it('turns a rated relation into a strength relation, keeping id, ends, direction and notes', () => {
    const next = setRelationStrength(deepFreeze(small()), 'r2', 'missing');
    expect(next.relations[1]).toEqual({ id: 'r2', source: 'l', target: 'p', directed: true, notes: 'ok', kind: 'strength', strength: 'missing' });
    expect(validateMap(next)).toEqual(next);
  });

  it('refuses a strength outside the four and a rated self-loop', () => {
    expect(editErrorOf(() => setRelationStrength(small(), 'r1', 'medium' as never)).code).toBe('RELCAP_EDIT_UNKNOWN_VALUE');
    const loop = small();
    const withLoop = { ...loop, relations: [...loop.relations, { id: 'w', source: 'l', target: 'l', directed: true, kind: 'rated' as const, ratings: { accuracy: 3 } }] };
    expect(editErrorOf(() => setRelationStrength(withLoop, 'w', 'weak')).code).toBe('RELCAP_EDIT_SELF_LOOP');
  });
});

describe('setRelationDirection', () => {
  it('sets directed and, with reverse, swaps the ends', () => {
    const map = deepFreeze(small());
    expect(setRelationDirection(map, 'r1', { directed: true }).relations[0]).toMatchObject({ source: 'barn', target: 'l', directed: true });
    expect(setRelationDirection(map, 'r2', { directed: true, reverse: true }).relations[1]).toMatchObject({ source: 'p', target: 'l', directed: true, rc: 3.2 });
  });

  it('refuses a direction that is not a boolean', () => {
    const err = editErrorOf(() => setRelationDirection(small(), 'r1', { directed: 'yes' as never }));
    expect(err).toMatchObject({ code: 'RELCAP_EDIT_BAD_TYPE', location: { path: 'relations[0].directed', value: 'yes' } });
  });
});

describe('rateRelation', () => {
  it('makes the relation rated with only the given ratings; the band follows from their mean', () => {
    const next = rateRelation(deepFreeze(small()), 'r3', ALL_SEVEN);
    // mean of 4,5,4,5,4,4,5 = 31/7 = 4.43 > 4.0: strong
    expect(next.relations[2]).toEqual({ id: 'r3', source: 'p', target: 's', directed: false, kind: 'rated', ratings: ALL_SEVEN });
    expect(relationBand(next.relations[2]!)).toBe('strong');
    expect(relationBand(rateRelation(next, 'r3', { frequency: 3, accuracy: 4 }).relations[2]!)).toBe('moderate'); // 3.5
    expect(relationBand(rateRelation(next, 'r3', { frequency: 3, accuracy: 3.5 }).relations[2]!)).toBe('weak'); // 3.25
    expect(validateMap(next)).toEqual(next);
  });

  it('drops the survey score (rc, n) of a relation it rates again', () => {
    const rel = rateRelation(small(), 'r2', { frequency: 2 }).relations[1]!;
    expect(rel).not.toHaveProperty('rc');
    expect(rel).not.toHaveProperty('n');
    expect(relationBand(rel)).toBe('weak');
  });

  it.each([
    ['above 5', { accuracy: 6 }, 'RELCAP_EDIT_OUT_OF_RANGE', 'relations[2].ratings.accuracy', '6'],
    ['below 1', { frequency: 0 }, 'RELCAP_EDIT_OUT_OF_RANGE', 'relations[2].ratings.frequency', '0'],
    ['not a number', { frequency: Number.NaN }, 'RELCAP_EDIT_BAD_TYPE', 'relations[2].ratings.frequency', 'null'],
    ['an unknown dimension', { trust: 3 }, 'RELCAP_EDIT_UNKNOWN_DIMENSION', 'relations[2].ratings.trust', 'trust'],
    ['no dimension at all', {}, 'RELCAP_EDIT_NO_RATINGS', 'relations[2].ratings', '{}'],
  ])('refuses a rating %s', (_name, ratings, code, path, value) => {
    const err = editErrorOf(() => rateRelation(small(), 'r3', ratings));
    expect(err.code).toBe(code);
    expect(err.location).toMatchObject({ path, value });
  });
});

describe('annotateRelation', () => {
  it('sets a note and an agreed action, and removes them with null', () => {
    const map = deepFreeze(small());
    const action = { what: 'Månedligt opkald', who: 'Lærer', when: '2026-05', done: false };
    const next = annotateRelation(map, 'r3', { notes: 'Kender ikke hinanden', action });
    expect(next.relations[2]).toMatchObject({ notes: 'Kender ikke hinanden', action });
    expect(validateMap(next)).toEqual(next);
    expect(annotateRelation(next, 'r3', { notes: null, action: null }).relations[2]).toEqual(map.relations[2]);
    expect(annotateRelation(next, 'r3', {}).relations[2]).toEqual(next.relations[2]);
  });

  it.each([
    ['an empty action', { action: { what: ' ' } }, 'RELCAP_EDIT_EMPTY_ACTION', 'relations[0].action.what'],
    ['done as text', { action: { what: 'x', done: 'ja' } }, 'RELCAP_EDIT_BAD_TYPE', 'relations[0].action.done'],
    ['a note that is not text', { notes: 3 }, 'RELCAP_EDIT_BAD_TYPE', 'relations[0].notes'],
  ])('refuses %s', (_name, annotation, code, path) => {
    const err = editErrorOf(() => annotateRelation(small(), 'r1', annotation as never));
    expect(err.code).toBe(code);
    expect(err.location.path).toBe(path);
  });
});

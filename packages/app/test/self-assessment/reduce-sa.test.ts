// The self-assessment's part of the app's reducer in Node: each edit and its undo, refused edits
// (core's validator decides), the next round, and fast-check: undo after any sequence of edits
// restores the round exactly, and redo brings the last state back.
import { type AssessmentRound, createRound, getBuiltinTemplate, validateRound } from '@relcap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/state/initial-state';
import { reduce } from '../../src/state/reduce';
import type { Action, AppState } from '../../src/state/types';

const template = getBuiltinTemplate('meetings');
const ids = template.areas.flatMap((a) => a.statements.map((s) => s.id));
const round0: AssessmentRound = createRound(template, { date: '2026-03-01', label: 'Runde 1', participants: [{ id: 'p1', name: 'Anne', ratings: {} }, { id: 'p2', ratings: { [ids[0]!]: 4 } }] });
const opened = (round: AssessmentRound = round0): AppState =>
  reduce(initialState({ lang: 'da', map: null }), { type: 'saOpen', round, docId: null, series: null, earlier: [] });
const run = (s: AppState, actions: readonly Action[]): AppState => actions.reduce(reduce, s);
const undoAll = (s: AppState): AppState => {
  let x = s;
  while (x.sa.past.length > 0) x = reduce(x, { type: 'saUndo' });
  return x;
};

/** Applies `action`, checks it changed the round as `expect`s says, and that undo gives round0 back and redo the edit. */
function roundTrip(action: Action, check: (r: AssessmentRound) => void): void {
  const s0 = opened();
  const s1 = reduce(s0, action);
  expect(s1.error).toBeNull();
  expect(s1.sa.past).toHaveLength(1);
  check(s1.sa.round!);
  const s2 = reduce(s1, { type: 'saUndo' });
  expect(s2.sa.round).toEqual(round0);
  expect(reduce(s2, { type: 'saRedo' }).sa.round).toEqual(s1.sa.round);
}

describe('reduceSa: edits of the open round and their undo', () => {
  it('opens a round on the assessment view with an empty history', () => {
    const s = opened();
    expect(s.view).toBe('assessment');
    expect(s.sa.round).toBe(round0);
    expect(s.sa.past).toEqual([]);
  });
  it('rates, changes and clears a rating', () => {
    roundTrip({ type: 'saRate', participantId: 'p1', statementId: ids[1]!, value: 7 }, (r) => expect(r.participants[0]!.ratings[ids[1]!]).toBe(7));
    roundTrip({ type: 'saRate', participantId: 'p2', statementId: ids[0]!, value: null }, (r) => expect(ids[0]! in r.participants[1]!.ratings).toBe(false));
  });
  it('adds a participant with the next free id, named or numbered', () => {
    roundTrip({ type: 'saAddParticipant', name: '  Bo ' }, (r) => expect(r.participants[2]).toEqual({ id: 'p3', name: 'Bo', ratings: {} }));
    roundTrip({ type: 'saAddParticipant' }, (r) => expect(r.participants[2]).toEqual({ id: 'p3', ratings: {} }));
  });
  it('renames a participant, and an empty name makes them numbered again', () => {
    roundTrip({ type: 'saRenameParticipant', participantId: 'p2', name: 'Cem' }, (r) => expect(r.participants[1]!.name).toBe('Cem'));
    roundTrip({ type: 'saRenameParticipant', participantId: 'p1', name: ' ' }, (r) => expect('name' in r.participants[0]!).toBe(false));
  });
  it('removes a participant with their ratings', () => {
    roundTrip({ type: 'saRemoveParticipant', participantId: 'p2' }, (r) => expect(r.participants.map((p) => p.id)).toEqual(['p1']));
  });
  it('adds an own area with its first statement, and a statement to an area', () => {
    roundTrip({ type: 'saAddArea', title: 'Vores egne', statement: 'Vi griner sammen.' }, (r) => {
      expect(r.template.areas.at(-1)).toEqual({ id: 'own-area-1', title: { da: 'Vores egne', en: 'Vores egne' }, statements: [{ id: 'own-1', text: { da: 'Vi griner sammen.', en: 'Vi griner sammen.' } }] });
    });
    roundTrip({ type: 'saAddStatement', areaId: template.areas[0]!.id, text: 'Vi holder pauser.' }, (r) => expect(r.template.areas[0]!.statements.at(-1)!.id).toBe('own-1'));
  });
  it('edits a statement and removes one with its ratings and pick', () => {
    roundTrip({ type: 'saEditStatement', statementId: ids[2]!, text: 'Vi beslutter.' }, (r) => expect(r.template.areas[0]!.statements[2]!.text.da).toBe('Vi beslutter.'));
    const s = run(opened(), [{ type: 'saTogglePick', statementId: ids[0]! }, { type: 'saRemoveStatement', statementId: ids[0]! }]);
    expect(s.sa.round!.picks).toEqual([]);
    expect(ids[0]! in s.sa.round!.participants[1]!.ratings).toBe(false);
    expect(undoAll(s).sa.round).toEqual(round0);
  });
  it('picks and unpicks a statement and writes its plan, one step per field', () => {
    roundTrip({ type: 'saTogglePick', statementId: ids[3]! }, (r) => expect(r.picks).toEqual([{ statementId: ids[3]!, childAndParentsWillNotice: '', whatItTakes: '', plan: { who: '', what: '', when: '' } }]));
    const s = run(opened(), [
      { type: 'saTogglePick', statementId: ids[3]! },
      { type: 'saEditPick', statementId: ids[3]!, field: 'whatItTakes', text: 'Tid' },
      { type: 'saEditPick', statementId: ids[3]!, field: 'when', text: 'Marts' },
    ]);
    expect(s.sa.past).toHaveLength(3);
    expect(s.sa.round!.picks[0]).toMatchObject({ whatItTakes: 'Tid', plan: { when: 'Marts' } });
    expect(reduce(s, { type: 'saUndo' }).sa.round!.picks[0]!.plan.when).toBe('');
  });
  it('sets the date and the label', () => {
    roundTrip({ type: 'saSetDate', date: '2026-04-02' }, (r) => expect(r.date).toBe('2026-04-02'));
    roundTrip({ type: 'saSetLabel', label: '' }, (r) => expect('label' in r).toBe(false));
  });
});

describe('reduceSa: refused edits change nothing', () => {
  it.each([
    [{ type: 'saRate', participantId: 'p1', statementId: ids[0]!, value: 11 }, 'RELCAP_SA_RATING_OUT_OF_SCALE'],
    [{ type: 'saRate', participantId: 'p1', statementId: ids[0]!, value: 2.5 }, 'RELCAP_SA_RATING_NOT_INTEGER'],
    [{ type: 'saSetDate', date: '2026-02-30' }, 'RELCAP_SA_BAD_DATE'],
    [{ type: 'saEditStatement', statementId: ids[0]!, text: '  ' }, 'RELCAP_SA_EMPTY'],
  ] as const)('%o is refused with %s', (action, code) => {
    const s0 = opened();
    const s1 = reduce(s0, action);
    expect(s1.error?.code).toBe(code);
    expect(s1.sa.round).toBe(s0.sa.round);
    expect(s1.sa.past).toEqual([]);
  });
  it('refuses a fourth pick (the guide: three statements)', () => {
    const s = run(opened(), ids.slice(0, 4).map((id) => ({ type: 'saTogglePick', statementId: id }) as const));
    expect(s.error?.code).toBe('RELCAP_SA_TOO_MANY');
    expect(s.sa.round!.picks).toHaveLength(3);
  });
  it('keeps the last statement of a template', () => {
    const one = createRound({ ...template, areas: [{ ...template.areas[0]!, statements: [template.areas[0]!.statements[0]!] }] }, { date: '2026-03-01' });
    const s = reduce(opened(one), { type: 'saRemoveStatement', statementId: ids[0]! });
    expect(s.error?.code).toBe('RELCAP_SA_EMPTY');
    expect(s.sa.round).toBe(one);
  });
  it('ignores edits with unknown ids and edits without an open round', () => {
    const s0 = opened();
    expect(reduce(s0, { type: 'saRate', participantId: 'nobody', statementId: ids[0]!, value: 3 })).toBe(s0);
    const closed = initialState({ lang: 'da', map: null });
    expect(reduce(closed, { type: 'saAddParticipant' })).toBe(closed);
  });
});

describe('reduceSa: rounds', () => {
  it('starts the next round: same statements and participants, no ratings, no picks, the open one earlier', () => {
    const s1 = run(opened(), [{ type: 'saSaved', docId: 'r1', series: 'r1' }, { type: 'saTogglePick', statementId: ids[0]! }]);
    const s2 = reduce(s1, { type: 'saNextRound', date: '2026-06-01', label: 'Runde 2', carryRatings: false });
    expect(s2.sa).toMatchObject({ docId: null, series: 'r1', past: [] });
    expect(s2.sa.earlier).toEqual([s1.sa.round]);
    expect(s2.sa.round).toEqual({ ...round0, date: '2026-06-01', label: 'Runde 2', participants: [{ id: 'p1', name: 'Anne', ratings: {} }, { id: 'p2', ratings: {} }], picks: [] });
    const carried = reduce(s1, { type: 'saNextRound', date: '2026-06-01', label: 'Runde 2', carryRatings: true });
    expect(carried.sa.round!.participants[1]!.ratings).toEqual({ [ids[0]!]: 4 });
  });
  it('closes on delete only when the deleted round is the open one', () => {
    const s = reduce(opened(), { type: 'saSaved', docId: 'r1', series: 'r1' });
    expect(reduce(s, { type: 'saDeleted', docId: 'other' })).toBe(s);
    expect(reduce(s, { type: 'saDeleted', docId: 'r1' }).sa.round).toBeNull();
  });
});

const edits: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('saRate' as const), participantId: fc.constantFrom('p1', 'p2', 'p3'), statementId: fc.constantFrom(...ids), value: fc.option(fc.integer({ min: -1, max: 11 })) }),
  fc.record({ type: fc.constant('saAddParticipant' as const), name: fc.string({ maxLength: 5 }) }),
  fc.record({ type: fc.constant('saRenameParticipant' as const), participantId: fc.constantFrom('p1', 'p2', 'p3'), name: fc.string({ maxLength: 5 }) }),
  fc.record({ type: fc.constant('saRemoveParticipant' as const), participantId: fc.constantFrom('p1', 'p2', 'p3') }),
  fc.record({ type: fc.constant('saAddArea' as const), title: fc.string({ maxLength: 5 }), statement: fc.string({ maxLength: 5 }) }),
  fc.record({ type: fc.constant('saEditStatement' as const), statementId: fc.constantFrom(...ids, 'own-1'), text: fc.string({ maxLength: 5 }) }),
  fc.record({ type: fc.constant('saRemoveStatement' as const), statementId: fc.constantFrom(...ids, 'own-1') }),
  fc.record({ type: fc.constant('saTogglePick' as const), statementId: fc.constantFrom(...ids, 'own-1') }),
  fc.record({ type: fc.constant('saEditPick' as const), statementId: fc.constantFrom(...ids), field: fc.constantFrom('childAndParentsWillNotice', 'whatItTakes', 'who', 'what', 'when'), text: fc.string({ maxLength: 5 }) }),
  fc.record({ type: fc.constant('saSetLabel' as const), label: fc.string({ maxLength: 5 }) }),
  fc.constant({ type: 'saUndo' } as const),
  fc.constant({ type: 'saRedo' } as const),
);

describe('reduceSa: properties', () => {
  it('undo after any sequence restores the round exactly; redo as many steps gives the last round back; every round valid', () => {
    fc.assert(
      fc.property(fc.array(edits, { maxLength: 40 }), (actions) => {
        const end = run(opened(), actions);
        validateRound(end.sa.round);
        const back = undoAll(end);
        expect(back.sa.round).toEqual(round0);
        let fwd = back;
        for (let i = 0; i < end.sa.past.length; i++) fwd = reduce(fwd, { type: 'saRedo' });
        expect(fwd.sa.round).toEqual(end.sa.round);
      }),
      { numRuns: 200 },
    );
  });
});

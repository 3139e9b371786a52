import { type AssessmentRound, RelcapError, validateRound } from '@relcap/core';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { AppState } from '../state/types';
import { editRound } from './edit-round';
import type { SaAction, SaEdit, SaState } from './types';

enablePatches();

/** At most this many undo steps are kept for the open round (older ones are dropped, oldest first). */
export const SA_HISTORY_LIMIT = 500;

const EDITS: ReadonlySet<string> = new Set<SaEdit['type']>([
  'saRate',
  'saAddParticipant',
  'saRenameParticipant',
  'saRemoveParticipant',
  'saAddArea',
  'saAddStatement',
  'saEditStatement',
  'saRemoveStatement',
  'saTogglePick',
  'saEditPick',
  'saSetDate',
  'saSetLabel',
]);

const SA_TYPES: ReadonlySet<string> = new Set<SaAction['type']>([...(EDITS as Set<SaAction['type']>), 'saOpen', 'saClose', 'saUndo', 'saRedo', 'saSaved', 'saShowPoints', 'saNextRound', 'saDeleted']);

/**
 * True for the self-assessment's actions (handled by {@link reduceSa}).
 *
 * @example
 * ```ts
 * isSaAction({ type: 'saUndo' }); // true
 * isSaAction({ type: 'undo' }); // false (the map's undo)
 * ```
 */
export const isSaAction = (a: { readonly type: string }): a is SaAction => SA_TYPES.has(a.type);

const withSa = (state: AppState, sa: Partial<SaState>): AppState => ({ ...state, sa: { ...state.sa, ...sa } });

function edit(state: AppState, action: SaEdit): AppState {
  const round = state.sa.round;
  if (round === null) return state;
  const [next, patches, inverse] = produceWithPatches(round, (d) => editRound(d, action));
  if (patches.length === 0) return state;
  try {
    // Core decides what a valid round is (scale, three picks, texts, ids); a refused edit leaves the round as it was.
    validateRound(next);
  } catch (e) {
    if (!(e instanceof RelcapError)) throw e;
    return { ...state, error: { code: e.code, message: e.message } };
  }
  const past = [...state.sa.past, { action: action.type, patches, inverse }].slice(-SA_HISTORY_LIMIT);
  return { ...withSa(state, { round: next, past, future: [], revision: state.sa.revision + 1 }), error: null };
}

function travel(state: AppState, direction: 'undo' | 'redo'): AppState {
  const { round, past, future } = state.sa;
  const from = direction === 'undo' ? past : future;
  const step = from[from.length - 1];
  if (step === undefined || round === null) return state;
  const next: AssessmentRound = applyPatches(round, direction === 'undo' ? step.inverse : step.patches);
  const rest = from.slice(0, -1);
  const moved = direction === 'undo' ? { past: rest, future: [...future, step] } : { past: [...past, step], future: rest };
  return { ...withSa(state, { ...moved, round: next, revision: state.sa.revision + 1 }), error: null };
}

/** The next round from the open one: same template and participants, no picks, a new date and label. */
function nextRound(state: AppState, a: Extract<SaAction, { type: 'saNextRound' }>): AppState {
  const { round, docId, series, earlier } = state.sa;
  if (round === null) return state;
  const participants = round.participants.map((p) => ({ ...p, ratings: a.carryRatings ? p.ratings : {} }));
  const next: AssessmentRound = { ...round, date: a.date, label: a.label, participants, picks: [] };
  return withSa(state, { round: next, docId: null, series: series ?? docId, earlier: [...earlier, round], past: [], future: [], revision: state.sa.revision + 1 });
}

/**
 * The self-assessment's part of the app's one reducer: pure, no DOM, no I/O. An edit is applied
 * as an immer recipe and recorded as patches with their inverse (one undo step per gesture), then
 * checked with core's `validateRound`; a refused edit sets `error` and changes nothing.
 *
 * @example
 * ```ts
 * const s1 = reduceSa(s0, { type: 'saRate', participantId: 'p1', statementId: 'meet-structure-1', value: 7 });
 * reduceSa(s1, { type: 'saUndo' }).sa.round; // deep-equal to s0.sa.round
 * ```
 */
export function reduceSa(state: AppState, action: SaAction): AppState {
  if (EDITS.has(action.type)) return edit(state, action as SaEdit);
  const a = action as Exclude<SaAction, SaEdit>;
  switch (a.type) {
    case 'saOpen':
      return {
        ...withSa(state, { round: a.round, docId: a.docId, series: a.series, earlier: a.earlier, past: [], future: [], revision: state.sa.revision + 1 }),
        view: 'assessment',
        error: null,
      };
    case 'saClose':
      return withSa(state, { round: null, docId: null, series: null, earlier: [], past: [], future: [] });
    case 'saUndo':
    case 'saRedo':
      return travel(state, a.type === 'saUndo' ? 'undo' : 'redo');
    case 'saSaved':
      return withSa(state, { docId: a.docId, series: a.series });
    case 'saShowPoints':
      return withSa(state, { showPoints: a.on });
    case 'saNextRound':
      return nextRound(state, a);
    case 'saDeleted':
      return state.sa.docId === a.docId ? withSa(state, { round: null, docId: null, series: null, earlier: [], past: [], future: [] }) : state;
  }
}

import type { AssessmentRound, StatementPick } from '@relcap/core';
import type { Patch } from 'immer';

/** One undoable gesture on the open round: the immer patches that made it and those that take it back. */
export interface SaHistoryStep {
  readonly action: SaEdit['type'];
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
}

/** The self-assessment's part of the app state (`AppState.sa`). Plain, immutable data. */
export interface SaState {
  /** The open round, or null (the start screen: templates and saved rounds). */
  readonly round: AssessmentRound | null;
  /** Key of the open round's record in IndexedDB, or null before its first save. */
  readonly docId: string | null;
  /** The series the round belongs to (the key of its first round), or null before the first save. */
  readonly series: string | null;
  /** Earlier rounds of the series, oldest first: overlaid on the web, listed in the change list, printed. */
  readonly earlier: readonly AssessmentRound[];
  readonly past: readonly SaHistoryStep[];
  readonly future: readonly SaHistoryStep[];
  /** Counts every change of the round (edit, undo, redo, open), for autosave. */
  readonly revision: number;
  /** Draw each participant's points on the web. */
  readonly showPoints: boolean;
}

/** A field of a pick: what the child and parents will notice, what it takes, or the plan's who, what, when. */
export type PickField = 'childAndParentsWillNotice' | 'whatItTakes' | 'who' | 'what' | 'when';

/** Edits of the open round: each is one undoable step (a text field sends one on commit, not per key). */
export type SaEdit =
  | { readonly type: 'saRate'; readonly participantId: string; readonly statementId: string; readonly value: number | null }
  | { readonly type: 'saAddParticipant'; readonly name?: string }
  | { readonly type: 'saRenameParticipant'; readonly participantId: string; readonly name: string }
  | { readonly type: 'saRemoveParticipant'; readonly participantId: string }
  | { readonly type: 'saAddArea'; readonly title: string; readonly statement: string }
  | { readonly type: 'saAddStatement'; readonly areaId: string; readonly text: string }
  | { readonly type: 'saEditStatement'; readonly statementId: string; readonly text: string }
  | { readonly type: 'saRemoveStatement'; readonly statementId: string }
  | { readonly type: 'saTogglePick'; readonly statementId: string }
  | { readonly type: 'saEditPick'; readonly statementId: string; readonly field: PickField; readonly text: string }
  | { readonly type: 'saSetDate'; readonly date: string }
  | { readonly type: 'saSetLabel'; readonly label: string };

/** Everything else on the self-assessment: opening, closing, history, saving, display. */
export type SaUiAction =
  | { readonly type: 'saOpen'; readonly round: AssessmentRound; readonly docId: string | null; readonly series: string | null; readonly earlier: readonly AssessmentRound[] }
  | { readonly type: 'saClose' }
  | { readonly type: 'saUndo' }
  | { readonly type: 'saRedo' }
  | { readonly type: 'saSaved'; readonly docId: string; readonly series: string }
  | { readonly type: 'saShowPoints'; readonly on: boolean }
  /** The next round of the open one: same statements and participants, no picks; ratings kept only with `carryRatings`. */
  | { readonly type: 'saNextRound'; readonly date: string; readonly label: string; readonly carryRatings: boolean }
  /** The open round (or a saved one) was deleted for good: back to the start screen when it was open. */
  | { readonly type: 'saDeleted'; readonly docId: string };

export type SaAction = SaEdit | SaUiAction;

/** One saved round in IndexedDB (database `relcap`, object store `assessments`). */
export interface SavedRound {
  readonly id: string;
  /** The key of the series' first round (equal to `id` for a first round). */
  readonly series: string;
  readonly round: AssessmentRound;
  /** ISO time of the last save. */
  readonly updatedAt: string;
}

export type { StatementPick };

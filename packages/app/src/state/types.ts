import type { ActorPatch, ActorPosition, NetworkMap, RelationAction, RelationDirection, RelationStrength } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';
import type { Patch } from 'immer';
import type { SaAction, SaState } from '../self-assessment/types';

/** What is selected on the map: an actor, a relation, or nothing. */
export type Target = { readonly kind: 'actor' | 'relation'; readonly id: string } | null;

/** The app's views: the editor, the role network of a survey, the saved maps, the comparison of two rounds, the team self-assessment, the survey analysis. */
export type View = 'edit' | 'roles' | 'saved' | 'compare' | 'assessment' | 'analytics';

/** One undoable user gesture: the patches that made it and the ones that take it back. */
export interface HistoryStep {
  readonly action: MapAction['type'];
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
}

/** An error shown to the user (a refused file or edit); the map stays as it was. */
export interface AppError {
  readonly code: string;
  readonly message: string;
}

/** Two rounds side by side in the comparison view. */
export interface Comparison {
  readonly before: NetworkMap;
  readonly after: NetworkMap;
}

/** The one owner of the app's state. Plain, immutable data; changed only by {@link reduce}. */
export interface AppState {
  /** Key of the saved record the open map belongs to (IndexedDB), or null before the first save. */
  readonly docId: string | null;
  readonly map: NetworkMap | null;
  /** The role network from a survey (viewed, not edited), or null. */
  readonly roles: NetworkMap | null;
  /** Undo stack, oldest first; at most {@link HISTORY_LIMIT} steps. */
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
  readonly selection: Target;
  /** The actor a connection starts from (tap A, then tap B), or null. */
  readonly linkFrom: string | null;
  readonly lang: Lang;
  readonly view: View;
  readonly presentation: boolean;
  /** Pseudonym switch: names hidden on screen (the map keeps them). */
  readonly hideNames: boolean;
  readonly showGaps: boolean;
  readonly error: AppError | null;
  readonly comparison: Comparison | null;
  /** Counts every change of the map (edit, undo, redo, open), for autosave. */
  readonly revision: number;
  /** The team self-assessment (spider web): its open round, history and earlier rounds. */
  readonly sa: SaState;
}

/** At most this many undo steps are kept (older ones are dropped, oldest first). */
export const HISTORY_LIMIT = 500;

/** A new actor: everything but the id, which the reducer picks (`nextActorId`). */
export type NewActor = Omit<import('@relcap/core').Actor, 'id'>;

/** Edits of the open map: each is one undoable step. */
export type MapAction =
  | { readonly type: 'addActor'; readonly actor: NewActor }
  | { readonly type: 'updateActor'; readonly id: string; readonly patch: ActorPatch }
  | { readonly type: 'removeActor'; readonly id: string }
  | { readonly type: 'moveActor'; readonly id: string; readonly position: ActorPosition | null }
  | { readonly type: 'connect'; readonly source: string; readonly target: string; readonly strength: RelationStrength; readonly directed?: boolean }
  | { readonly type: 'removeRelation'; readonly id: string }
  | { readonly type: 'setStrength'; readonly id: string; readonly strength: RelationStrength }
  | { readonly type: 'setDirection'; readonly id: string; readonly direction: RelationDirection }
  | { readonly type: 'rate'; readonly id: string; readonly ratings: Readonly<Record<string, number>> }
  | { readonly type: 'setCoordinator'; readonly id: string | null }
  | { readonly type: 'annotate'; readonly id: string; readonly notes?: string | null; readonly action?: RelationAction | null }
  | { readonly type: 'renameMap'; readonly title: string }
  | { readonly type: 'setRound'; readonly round: string | null };

/** Everything else the user or an effect can do. */
export type UiAction =
  | { readonly type: 'open'; readonly map: NetworkMap; readonly docId: string | null }
  | { readonly type: 'openRoles'; readonly map: NetworkMap }
  | { readonly type: 'close' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'select'; readonly target: Target }
  | { readonly type: 'linkStart'; readonly id: string }
  | { readonly type: 'linkCancel' }
  | { readonly type: 'setLang'; readonly lang: Lang }
  | { readonly type: 'setView'; readonly view: View }
  | { readonly type: 'setPresentation'; readonly on: boolean }
  | { readonly type: 'setHideNames'; readonly on: boolean }
  | { readonly type: 'setShowGaps'; readonly on: boolean }
  | { readonly type: 'saved'; readonly docId: string }
  | { readonly type: 'showError'; readonly error: AppError }
  | { readonly type: 'clearError' }
  | { readonly type: 'compare'; readonly comparison: Comparison | null };

/** The discriminated union of everything `reduce` understands. */
export type Action = MapAction | UiAction | SaAction;

export type { Patch };

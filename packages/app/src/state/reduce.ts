import { RelcapError } from '@relcap/core';
import { applyPatches } from 'immer';
import { isSaAction, reduceSa } from '../self-assessment/reduce-sa';
import { applyMapAction } from './apply-map-action';
import { diffPatches } from './diff-patches';
import { type Action, type AppState, HISTORY_LIMIT, type MapAction, type Target } from './types';

const MAP_ACTIONS: ReadonlySet<string> = new Set<MapAction['type']>([
  'addActor',
  'updateActor',
  'removeActor',
  'moveActor',
  'connect',
  'removeRelation',
  'setStrength',
  'setDirection',
  'rate',
  'setCoordinator',
  'annotate',
  'renameMap',
  'setRound',
]);

const isMapAction = (a: Action): a is MapAction => MAP_ACTIONS.has(a.type);

/** A selection that no longer points at anything on `map` is cleared. */
function keepSelection(state: AppState, target: Target): Target {
  if (target === null || state.map === null) return null;
  const list = target.kind === 'actor' ? state.map.actors : state.map.relations;
  return list.some((x) => x.id === target.id) ? target : null;
}

function edit(state: AppState, action: MapAction): AppState {
  if (state.map === null) return state;
  let next: AppState['map'];
  try {
    next = applyMapAction(state.map, action);
  } catch (e) {
    if (!(e instanceof RelcapError)) throw e;
    return { ...state, error: { code: e.code, message: e.message } };
  }
  if (next === state.map) return state;
  const { patches, inverse } = diffPatches(state.map, next);
  if (patches.length === 0) return state;
  const past = [...state.past, { action: action.type, patches, inverse }].slice(-HISTORY_LIMIT);
  const moved: AppState = { ...state, map: next, past, future: [], error: null, revision: state.revision + 1 };
  // A new actor or relation becomes the selection, so the next key or click acts on it.
  let selection = state.selection;
  if (action.type === 'addActor') selection = { kind: 'actor', id: next.actors[next.actors.length - 1]!.id };
  if (action.type === 'connect') selection = { kind: 'relation', id: next.relations[next.relations.length - 1]!.id };
  return { ...moved, selection: keepSelection(moved, selection), linkFrom: action.type === 'connect' ? null : state.linkFrom };
}

function travel(state: AppState, direction: 'undo' | 'redo'): AppState {
  const from = direction === 'undo' ? state.past : state.future;
  const step = from[from.length - 1];
  if (step === undefined || state.map === null) return state;
  const map = applyPatches(state.map, direction === 'undo' ? step.inverse : step.patches);
  const rest = from.slice(0, -1);
  const moved: AppState =
    direction === 'undo'
      ? { ...state, map, past: rest, future: [...state.future, step] }
      : { ...state, map, past: [...state.past, step], future: rest };
  return { ...moved, selection: keepSelection(moved, state.selection), revision: state.revision + 1, error: null };
}

function select(state: AppState, target: Target): AppState {
  // Tap-tap: with a connection started at A, tapping B connects A and B; tapping A again (or
  // nothing) cancels.
  if (state.linkFrom !== null && target === null) return { ...state, linkFrom: null, selection: null };
  if (state.linkFrom !== null && target?.kind === 'actor') {
    if (target.id === state.linkFrom) return { ...state, linkFrom: null };
    return edit(state, { type: 'connect', source: state.linkFrom, target: target.id, strength: 'strong' });
  }
  return { ...state, selection: keepSelection(state, target) };
}

/**
 * The app's one reducer: pure, no DOM, no I/O. A map edit goes through core's edits and is
 * recorded as immer patches with their inverse (one undo step per action; a drag is one
 * `moveActor` sent on release). A refused edit leaves the map unchanged and sets `error`.
 *
 * @example
 * ```ts
 * const s1 = reduce(s0, { type: 'setCoordinator', id: 'laerer' });
 * reduce(s1, { type: 'undo' }).map === s0.map; // deep-equal, not identical
 * ```
 */
export function reduce(state: AppState, action: Action): AppState {
  if (isMapAction(action)) return edit(state, action);
  if (isSaAction(action)) return reduceSa(state, action);
  switch (action.type) {
    case 'open':
      return {
        ...state,
        map: action.map,
        docId: action.docId,
        past: [],
        future: [],
        selection: null,
        linkFrom: null,
        error: null,
        view: 'edit',
        revision: state.revision + 1,
      };
    case 'openRoles':
      return { ...state, roles: action.map, view: 'roles', linkFrom: null, error: null };
    case 'close':
      return { ...state, map: null, docId: null, past: [], future: [], selection: null, linkFrom: null, view: 'saved' };
    case 'undo':
    case 'redo':
      return travel(state, action.type);
    case 'select':
      return select(state, action.target);
    case 'linkStart':
      return state.map?.actors.some((a) => a.id === action.id) === true ? { ...state, linkFrom: action.id, selection: { kind: 'actor', id: action.id } } : state;
    case 'linkCancel':
      return { ...state, linkFrom: null };
    case 'setLang':
      return { ...state, lang: action.lang };
    case 'setView':
      return { ...state, view: action.view, linkFrom: null };
    case 'setPresentation':
      return { ...state, presentation: action.on };
    case 'setHideNames':
      return { ...state, hideNames: action.on };
    case 'setShowGaps':
      return { ...state, showGaps: action.on };
    case 'saved':
      return { ...state, docId: action.docId };
    case 'showError':
      return { ...state, error: action.error };
    case 'clearError':
      return { ...state, error: null };
    case 'compare':
      return { ...state, comparison: action.comparison, view: action.comparison === null ? 'edit' : 'compare' };
  }
}

/**
 * @relcap/app: the workshop editor. `mountMapEditor` embeds it; the state logic (`reduce`) is
 * framework-free.
 *
 * This file re-exports only.
 */
export { DEFAULT_MAP_EDITOR_OPTIONS, mountMapEditor } from './mount-map-editor';
export type { MapEditorEvents, MapEditorHandle, MapEditorOptions } from './mount-map-editor';
export { initialState } from './state/initial-state';
export { reduce } from './state/reduce';
export type { Action, AppState, MapAction, Target, UiAction } from './state/types';
export { reduceSa } from './self-assessment/reduce-sa';
export type { PickField, SaAction, SaEdit, SaState, SavedRound, SaUiAction } from './self-assessment/types';

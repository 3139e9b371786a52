import type { NetworkMap } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';
import { initialSaState } from '../self-assessment/initial-sa-state';
import type { AppState } from './types';

/**
 * A fresh state: no history, nothing selected, the editor view.
 *
 * @example
 * ```ts
 * const state = initialState({ lang: 'da', map: null });
 * ```
 */
export function initialState(options: { readonly lang: Lang; readonly map: NetworkMap | null; readonly docId?: string | null; readonly roles?: NetworkMap | null }): AppState {
  return {
    docId: options.docId ?? null,
    map: options.map,
    roles: options.roles ?? null,
    past: [],
    future: [],
    selection: null,
    linkFrom: null,
    lang: options.lang,
    view: options.map === null ? 'saved' : 'edit',
    presentation: false,
    hideNames: false,
    showGaps: false,
    error: null,
    comparison: null,
    revision: 0,
    sa: initialSaState(),
  };
}

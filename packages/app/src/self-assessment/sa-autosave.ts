import { newMapId } from '../store/saved-maps';
import type { Store } from '../store/store';
import { type Autosave, type AutosaveOptions, DEFAULT_AUTOSAVE_OPTIONS, startThrottledSave } from '../store/throttled-save';
import type { AssessmentStore } from './assessment-store';

/** Options of {@link startSaAutosave}: the same as the map's autosave. */
export type SaAutosaveOptions = AutosaveOptions;

export const DEFAULT_SA_AUTOSAVE_OPTIONS: SaAutosaveOptions = DEFAULT_AUTOSAVE_OPTIONS;

/**
 * Saves the open self-assessment round to IndexedDB after every change (throttled), as an
 * effect: it subscribes to the store, writes, and tells the store only the key (and series) of a
 * round saved for the first time. Same contract as the map's autosave.
 *
 * @example
 * ```ts
 * const saAutosave = startSaAutosave(store, db.assessments);
 * addEventListener('pagehide', () => void saAutosave.flush());
 * ```
 */
export function startSaAutosave(store: Store, db: AssessmentStore, options: Partial<SaAutosaveOptions> = {}): Autosave {
  return startThrottledSave(
    store,
    {
      revision: (s) => s.sa.revision,
      present: (s) => s.sa.round !== null,
      async write(st) {
        const { round } = st.state.sa;
        if (round === null) return;
        let { docId: id, series } = st.state.sa;
        if (id === null) {
          id = newMapId();
          series ??= id;
          st.dispatch({ type: 'saSaved', docId: id, series });
        }
        await db.put({ id, series: series ?? id, round, updatedAt: new Date().toISOString() });
      },
    },
    options,
  );
}

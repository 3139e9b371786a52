import { type MapStore, newMapId } from './saved-maps';
import type { Store } from './store';
import { type Autosave, type AutosaveOptions, startThrottledSave } from './throttled-save';

export { type Autosave, type AutosaveOptions, DEFAULT_AUTOSAVE_OPTIONS } from './throttled-save';

/**
 * Saves the open map to IndexedDB after every change (throttled), as an effect: it subscribes
 * to the store, writes, and only tells the store the id of a map saved for the first time.
 *
 * @example
 * ```ts
 * const autosave = startAutosave(store, await openMapStore());
 * addEventListener('pagehide', () => void autosave.flush());
 * ```
 */
export function startAutosave(store: Store, db: MapStore, options: Partial<AutosaveOptions> = {}): Autosave {
  return startThrottledSave(
    store,
    {
      revision: (s) => s.revision,
      present: (s) => s.map !== null,
      async write(st) {
        const { map } = st.state;
        if (map === null) return;
        let id = st.state.docId;
        if (id === null) {
          id = newMapId();
          st.dispatch({ type: 'saved', docId: id });
        }
        await db.put({ id, map, updatedAt: new Date().toISOString() });
      },
    },
    options,
  );
}

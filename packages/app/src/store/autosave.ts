import type { Store } from './store';
import { type MapStore, newMapId } from './saved-maps';

/** Options of {@link startAutosave}. */
export interface AutosaveOptions {
  /** Wait at most this long after a change before writing (ms); changes in between are one write. */
  readonly throttleMs: number;
  /** Called after each write with the revision written (for a "saved" status). */
  readonly onSaved: (revision: number) => void;
}

export const DEFAULT_AUTOSAVE_OPTIONS: AutosaveOptions = { throttleMs: 300, onSaved: () => {} };

/** A running autosave: `flush()` writes now (on pagehide); `stop()` flushes and unsubscribes. */
export interface Autosave {
  flush(): Promise<void>;
  stop(): Promise<void>;
}

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
  const { throttleMs, onSaved } = { ...DEFAULT_AUTOSAVE_OPTIONS, ...options };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let savedRevision = store.state.revision;
  let writing: Promise<void> = Promise.resolve();
  const write = async (): Promise<void> => {
    timer = null;
    const { map, revision } = store.state;
    if (map === null || revision === savedRevision) return;
    savedRevision = revision;
    let id = store.state.docId;
    if (id === null) {
      id = newMapId();
      store.dispatch({ type: 'saved', docId: id });
    }
    await db.put({ id, map, updatedAt: new Date().toISOString() });
    onSaved(revision);
  };
  let busy = false;
  const run = async (): Promise<void> => {
    busy = true;
    try {
      await write();
    } finally {
      busy = false;
    }
  };
  // Starts the write at once when none is running (pagehide gives no second chance), else after it.
  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    writing = busy ? writing.then(run, run) : run();
    return writing;
  };
  const unsubscribe = store.subscribe((s, p) => {
    if (s.revision === p.revision || s.map === null) return;
    if (timer === null) timer = setTimeout(() => void flush(), throttleMs);
  });
  return {
    flush,
    async stop() {
      unsubscribe();
      await flush();
    },
  };
}

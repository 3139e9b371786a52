import type { AppState } from '../state/types';
import type { Store } from './store';

/** A running autosave: `flush()` writes now (on pagehide); `stop()` flushes and unsubscribes. */
export interface Autosave {
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** Options shared by the autosaves of the app's documents (the map, the self-assessment round). */
export interface AutosaveOptions {
  /** Wait at most this long after a change before writing (ms); changes in between are one write. */
  readonly throttleMs: number;
  /** Called after each write with the revision written (for a "saved" status). */
  readonly onSaved: (revision: number) => void;
}

export const DEFAULT_AUTOSAVE_OPTIONS: AutosaveOptions = { throttleMs: 300, onSaved: () => {} };

/** Which document of the state one autosave keeps, and how it writes it. */
export interface SavedDocument {
  /** The document's revision (a change of it means "write again"). */
  readonly revision: (s: AppState) => number;
  /** Whether there is a document to write at all. */
  readonly present: (s: AppState) => boolean;
  /** Writes the state's document (giving it a key first, through the store, if it has none). */
  readonly write: (store: Store) => Promise<void>;
}

/**
 * Writes one document of the state to IndexedDB after every change, throttled, as an effect: it
 * subscribes to the store and never changes the state itself (only `doc.write` may tell the
 * store the key of a document saved for the first time). A flush starts the write at once when
 * none is running (pagehide gives no second chance), else right after it.
 *
 * @example
 * ```ts
 * const autosave = startThrottledSave(store, { revision: (s) => s.revision, present: (s) => s.map !== null, write });
 * addEventListener('pagehide', () => void autosave.flush());
 * ```
 */
export function startThrottledSave(store: Store, doc: SavedDocument, options: Partial<AutosaveOptions> = {}): Autosave {
  const { throttleMs, onSaved } = { ...DEFAULT_AUTOSAVE_OPTIONS, ...options };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let savedRevision = doc.revision(store.state);
  let writing: Promise<void> = Promise.resolve();
  let busy = false;
  const run = async (): Promise<void> => {
    busy = true;
    try {
      timer = null;
      const revision = doc.revision(store.state);
      if (!doc.present(store.state) || revision === savedRevision) return;
      savedRevision = revision;
      await doc.write(store);
      onSaved(revision);
    } finally {
      busy = false;
    }
  };
  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    writing = busy ? writing.then(run, run) : run();
    return writing;
  };
  const unsubscribe = store.subscribe((s, p) => {
    if (doc.revision(s) === doc.revision(p) || !doc.present(s)) return;
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

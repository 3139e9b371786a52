import type { Autosave } from '../store/autosave';
import { newMapId } from '../store/saved-maps';
import type { Store } from '../store/store';
import type { AssessmentStore } from './assessment-store';

/** Options of {@link startSaAutosave}. */
export interface SaAutosaveOptions {
  /** Wait at most this long after a change before writing (ms); changes in between are one write. */
  readonly throttleMs: number;
  /** Called after each write with the round revision written (for a "saved" status). */
  readonly onSaved: (revision: number) => void;
}

export const DEFAULT_SA_AUTOSAVE_OPTIONS: SaAutosaveOptions = { throttleMs: 300, onSaved: () => {} };

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
  const { throttleMs, onSaved } = { ...DEFAULT_SA_AUTOSAVE_OPTIONS, ...options };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let savedRevision = store.state.sa.revision;
  let writing: Promise<void> = Promise.resolve();
  const write = async (): Promise<void> => {
    timer = null;
    const { round, revision } = store.state.sa;
    if (round === null || revision === savedRevision) return;
    savedRevision = revision;
    let { docId: id, series } = store.state.sa;
    if (id === null) {
      id = newMapId();
      series ??= id;
      store.dispatch({ type: 'saSaved', docId: id, series });
    }
    await db.put({ id, series: series ?? id, round, updatedAt: new Date().toISOString() });
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
  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    writing = busy ? writing.then(run, run) : run();
    return writing;
  };
  const unsubscribe = store.subscribe((s, p) => {
    if (s.sa.revision === p.sa.revision || s.sa.round === null) return;
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

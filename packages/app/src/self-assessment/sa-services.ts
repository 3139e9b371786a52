import { type Signal, signal } from '@preact/signals';
import type { Autosave } from '../store/autosave';
import type { MapStore } from '../store/saved-maps';
import type { Store } from '../store/store';
import { startSaAutosave } from './sa-autosave';

/** What the self-assessment views read besides the state: autosave status and the list's version. */
export interface SaServices {
  /** The round revision the autosave last wrote (-1: none yet). */
  readonly savedRevision: Signal<number>;
  /** Bumped when saved rounds change (saved for the first time, deleted), so the list reloads. */
  readonly listVersion: Signal<number>;
  autosave: Autosave | null;
}

const byStore = new WeakMap<Store, SaServices>();

/**
 * The self-assessment services of one mounted app (one per store), created on first use.
 *
 * @example
 * ```ts
 * const saved = saServices(store).savedRevision.value === store.state.sa.revision;
 * ```
 */
export function saServices(store: Store): SaServices {
  let s = byStore.get(store);
  if (s === undefined) {
    s = { savedRevision: signal(-1), listVersion: signal(0), autosave: null };
    byStore.set(store, s);
  }
  return s;
}

/**
 * Starts the self-assessment's autosave on an open database; the status goes to the services'
 * signal and to `element.dataset.saSavedRevision` (for tests and embedding pages).
 *
 * @example
 * ```ts
 * const a = attachSaAutosave(store, db, 300, host);
 * await a.stop();
 * ```
 */
export function attachSaAutosave(store: Store, db: MapStore, throttleMs: number, element: HTMLElement): Autosave {
  const services = saServices(store);
  let known = store.state.sa.docId;
  const autosave = startSaAutosave(store, db.assessments, {
    throttleMs,
    onSaved: (revision) => {
      services.savedRevision.value = revision;
      element.dataset.saSavedRevision = String(revision);
      if (store.state.sa.docId !== known) {
        known = store.state.sa.docId;
        services.listVersion.value++;
      }
    },
  });
  services.autosave = autosave;
  return autosave;
}

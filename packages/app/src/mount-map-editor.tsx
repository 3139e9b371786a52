import type { NetworkMap } from '@relcap/core';
import type { ExportPngOptions, Lang } from '@relcap/visualizer';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { attachSaAutosave } from './self-assessment/sa-services';
import { initialState } from './state/initial-state';
import type { AppState, Target } from './state/types';
import { type Autosave, startAutosave } from './store/autosave';
import { DB_NAME, type MapStore, openMapStore } from './store/saved-maps';
import { createStore, type Store } from './store/store';
import { tr } from './strings';
import { App } from './views/app';
import { AppContext, type AppServices } from './views/context';
import { bindKeys } from './views/keyboard';

/** Options of {@link mountMapEditor}. */
export interface MapEditorOptions {
  /** Language of the editor; default Danish. */
  readonly lang: Lang;
  /** The map to start with, or null for the list of saved maps. */
  readonly map: NetworkMap | null;
  /** A role network (from a survey) shown on its own tab; optional. */
  readonly roles: NetworkMap | null;
  /** Open the most recently saved map of this browser instead of `map` when there is one. */
  readonly resumeLast: boolean;
  /** Keep maps in IndexedDB (autosave, saved maps, rounds). */
  readonly persist: boolean;
  /** IndexedDB database name (one per host application, if several embed the editor). */
  readonly dbName: string;
  /** Throttle of the autosave, ms. */
  readonly autosaveMs: number;
}

export const DEFAULT_MAP_EDITOR_OPTIONS: MapEditorOptions = { lang: 'da', map: null, roles: null, resumeLast: false, persist: true, dbName: DB_NAME, autosaveMs: 300 };

/** Events of a mounted editor. */
export interface MapEditorEvents {
  /** The map changed (an edit, undo, redo or open): the new map. */
  readonly change: { readonly map: NetworkMap };
  readonly select: Target;
}

/** A mounted editor. */
export interface MapEditorHandle {
  on<K extends keyof MapEditorEvents>(event: K, fn: (payload: MapEditorEvents[K]) => void): () => void;
  /** The map of the active view as a standalone SVG document (with title and legend). */
  exportSvg(): string;
  exportPng(options?: Partial<ExportPngOptions>): Promise<Blob>;
  /** Writes a pending autosave now (call on pagehide). */
  flush(): Promise<void>;
  /** Resolves when the saved maps are open (and the last one reopened, with `resumeLast`). */
  readonly ready: Promise<void>;
  /** The current state (read-only). */
  readonly state: AppState;
  /** Unmounts, flushes the autosave and closes the database. Safe to call more than once. */
  destroy(): void;
}

/**
 * Mounts the workshop editor into `element`: draw, rate, save and compare network maps. All
 * data stays in this browser (IndexedDB); nothing is sent anywhere. Same handle conventions as
 * `mountNetworkMap`: events with `on()`, exports, an idempotent `destroy()`.
 *
 * @example
 * ```ts
 * const editor = mountMapEditor(document.getElementById('editor')!, { lang: 'en', map });
 * editor.on('change', ({ map }) => console.log(map.actors.length));
 * await editor.ready;
 * editor.destroy();
 * ```
 */
export function mountMapEditor(element: HTMLElement, options: Partial<MapEditorOptions> = {}): MapEditorHandle {
  const o = { ...DEFAULT_MAP_EDITOR_OPTIONS, ...options };
  const store: Store = createStore(initialState({ lang: o.lang, map: o.map, roles: o.roles }));
  const state = signal(store.state);
  const services: { -readonly [K in keyof AppServices]: AppServices[K] } = { store, state, db: null, canvas: { current: null }, savedVersion: signal(0), savedRevision: signal(-1) };
  const listeners = { change: new Set<(p: MapEditorEvents['change']) => void>(), select: new Set<(p: Target) => void>() };
  const doc = element.ownerDocument;
  let autosave: Autosave | null = null;
  let saAutosave: Autosave | null = null;
  let db: MapStore | null = null;
  let destroyed = false;

  const unsubscribe = store.subscribe((s, p) => {
    state.value = s;
    element.dataset.revision = String(s.revision);
    doc.documentElement.lang = s.lang;
    doc.title = `relcap: ${(s.view === 'roles' ? s.roles?.title : s.map?.title) ?? tr(s.lang, 'appName')}`;
    doc.body.classList.toggle('presentation', s.presentation);
    if (s.presentation !== p.presentation) togglePresentation(doc, s.presentation);
    if (s.map !== p.map && s.map !== null) for (const fn of listeners.change) fn({ map: s.map });
    if (s.selection !== p.selection) for (const fn of listeners.select) fn(s.selection);
  });
  doc.documentElement.lang = o.lang;
  element.dataset.revision = '0';
  const unbindKeys = bindKeys(store, doc);
  const onFullscreen = (): void => {
    if (doc.fullscreenElement === null && store.state.presentation) store.dispatch({ type: 'setPresentation', on: false });
  };
  doc.addEventListener('fullscreenchange', onFullscreen);
  const draw = (): void => render(<AppContext.Provider value={services}><App /></AppContext.Provider>, element);
  draw();

  const ready = (async (): Promise<void> => {
    if (!o.persist || typeof indexedDB === 'undefined') return;
    db = await openMapStore(o.dbName);
    if (destroyed) {
      db.close();
      return;
    }
    services.db = db;
    autosave = startAutosave(store, db, {
      throttleMs: o.autosaveMs,
      onSaved: (revision) => {
        services.savedRevision.value = revision;
        element.dataset.savedRevision = String(revision);
      },
    });
    saAutosave = attachSaAutosave(store, db, o.autosaveMs, element);
    if (o.resumeLast) {
      const last = (await db.list()).find((m) => m.roundOf === undefined);
      if (last !== undefined && !destroyed) store.dispatch({ type: 'open', map: last.map, docId: last.id });
    }
    draw();
  })();

  const handle = (): NonNullable<AppServices['canvas']['current']> => {
    const h = services.canvas.current;
    if (h === null) throw new Error('mountMapEditor: no map is shown to export');
    return h;
  };
  return {
    on(event, fn) {
      if (destroyed) return () => {};
      const set = listeners[event] as Set<typeof fn>;
      set.add(fn);
      return () => set.delete(fn);
    },
    exportSvg: () => handle().exportSvg(),
    exportPng: (pngOptions = {}) => handle().exportPng(pngOptions),
    flush: async () => {
      await Promise.all([autosave?.flush(), saAutosave?.flush()]);
    },
    ready,
    get state() {
      return store.state;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      unbindKeys();
      doc.removeEventListener('fullscreenchange', onFullscreen);
      render(null, element);
      const a = autosave;
      const sa = saAutosave;
      void Promise.all([a?.stop(), sa?.stop()]).finally(() => db?.close());
    },
  };
}

function togglePresentation(doc: Document, on: boolean): void {
  if (on && doc.fullscreenElement === null && typeof doc.documentElement.requestFullscreen === 'function') {
    doc.documentElement.requestFullscreen().catch(() => {
      // Full screen refused (no user gesture, or an iframe without permission): large labels still apply.
    });
  } else if (!on && doc.fullscreenElement !== null) {
    void doc.exitFullscreen().catch(() => {});
  }
}

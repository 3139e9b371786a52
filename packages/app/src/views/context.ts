import type { ExportPngOptions } from '@relcap/visualizer';
import type { Signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from '../state/types';
import type { MapStore } from '../store/saved-maps';
import type { Store } from '../store/store';
import { type AppStringKey, tr } from '../strings';

/** The drawn map of the active view, as the exports need it. */
export interface CanvasHandle {
  exportSvg(): string;
  exportPng(options?: Partial<ExportPngOptions>): Promise<Blob>;
  readonly title: string;
}

/** What every view reads: the store (dispatch only), its state as a signal, the saved maps. */
export interface AppServices {
  readonly store: Store;
  readonly state: Signal<AppState>;
  readonly db: MapStore | null;
  /** The drawn map of the active view, for exports. */
  readonly canvas: { current: CanvasHandle | null };
  /** Bumped when the saved maps change, so the list reloads. */
  readonly savedVersion: Signal<number>;
  /** The revision the autosave last wrote (-1: none yet). */
  readonly savedRevision: Signal<number>;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const s = useContext(AppContext);
  if (s === null) throw new Error('app: view outside AppContext');
  return s;
}

/** The translator for the current language. */
export function useT(): (key: AppStringKey) => string {
  const { state } = useApp();
  const lang = state.value.lang;
  return (key) => tr(lang, key);
}

/** Records the drawn map of the active view; a view that goes clears it only if it is still its own. */
export function setCanvas(app: AppServices, handle: CanvasHandle, mounted: boolean): void {
  if (mounted) app.canvas.current = handle;
  else if (app.canvas.current === handle) app.canvas.current = null;
}

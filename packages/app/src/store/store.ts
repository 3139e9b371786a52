import { reduce } from '../state/reduce';
import type { Action, AppState } from '../state/types';

/** The one owner of the app's state: `dispatch` runs `reduce`; effects subscribe and never write. */
export interface Store {
  readonly state: AppState;
  dispatch(action: Action): void;
  /** Calls `fn(state, previous)` after every change; returns a function that stops it. */
  subscribe(fn: (state: AppState, previous: AppState) => void): () => void;
}

/**
 * A minimal store around {@link reduce}. Framework-free, so the views (Preact), autosave and file
 * I/O all see the same state; a listener that dispatches is queued after the current round.
 *
 * @example
 * ```ts
 * const store = createStore(initialState({ lang: 'da', map }));
 * store.subscribe((s) => console.log(s.revision));
 * store.dispatch({ type: 'undo' });
 * ```
 */
export function createStore(initial: AppState, reducer: (s: AppState, a: Action) => AppState = reduce): Store {
  let state = initial;
  const listeners = new Set<(s: AppState, p: AppState) => void>();
  const queue: Action[] = [];
  let running = false;
  return {
    get state() {
      return state;
    },
    dispatch(action) {
      queue.push(action);
      if (running) return;
      running = true;
      try {
        while (queue.length > 0) {
          const previous = state;
          state = reducer(state, queue.shift()!);
          if (state !== previous) for (const fn of [...listeners]) fn(state, previous);
        }
      } finally {
        running = false;
      }
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

/**
 * A tiny typed event emitter owned by one mounted map (no globals). `on` returns an
 * unsubscribe function; `clear` drops every listener (used by `destroy`).
 *
 * @example
 * ```ts
 * const e = createEmitter<{ select: string }>();
 * const off = e.on('select', (id) => console.log(id));
 * e.emit('select', 'laerer'); off();
 * ```
 */
export function createEmitter<Events extends object>(): {
  on<K extends keyof Events>(event: K, fn: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
  clear(): void;
} {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(event, fn) {
      const set = listeners.get(event) ?? new Set();
      set.add(fn as (payload: never) => void);
      listeners.set(event, set);
      return () => {
        set.delete(fn as (payload: never) => void);
      };
    },
    emit(event, payload) {
      for (const fn of [...(listeners.get(event) ?? [])]) (fn as (p: typeof payload) => void)(payload);
    },
    clear() {
      listeners.clear();
    },
  };
}

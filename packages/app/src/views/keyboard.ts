import { RELATION_STRENGTHS } from '@relcap/core';
import type { Store } from '../store/store';

const typing = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * The editor's keys, on the document: Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z or Ctrl+Y redo (also
 * while typing outside text fields), and, when the focus is not in a field: A or / to add an
 * actor, C to connect from the selected actor, K coordinator, 1-4 the kind of the selected
 * relation, D mutual/directed (Shift+D reverses), Delete/Backspace delete, Esc cancel. Returns a function that
 * removes the listener.
 */
export function bindKeys(store: Store, doc: Document = document): () => void {
  const onKey = (ev: KeyboardEvent): void => {
    const s = store.state;
    if (s.view !== 'edit' || s.map === null) return;
    const mod = ev.ctrlKey || ev.metaKey;
    const key = ev.key.toLowerCase();
    if (mod && (key === 'z' || key === 'y') && !(typing(ev.target) && (ev.target as HTMLElement).tagName !== 'SELECT')) {
      ev.preventDefault();
      store.dispatch({ type: (key === 'z' && !ev.shiftKey) ? 'undo' : 'redo' });
      return;
    }
    if (mod || ev.altKey || typing(ev.target)) return;
    // On a focused actor or relation the map view has its own keys (C, Delete, Esc, arrows, Enter, Space).
    const inMap = ev.target instanceof Element && ev.target.closest('svg.relcap-map') !== null;
    if (inMap && ['c', 'delete', 'backspace', 'escape', 'enter', ' '].includes(key)) return;
    const sel = s.selection;
    const act = (fn: () => void): void => {
      ev.preventDefault();
      fn();
    };
    if (ev.key === 'Escape' && s.linkFrom !== null) { act(() => store.dispatch({ type: 'linkCancel' })); return; }
    if (key === 'a' || key === '/') { act(() => doc.getElementById('profession-search')?.focus()); return; }
    if (sel?.kind === 'actor') {
      if (key === 'c') { act(() => store.dispatch({ type: 'linkStart', id: sel.id })); return; }
      if (key === 'k') {
        const on = s.map.actors.find((a) => a.id === sel.id)?.coordinator === true;act(() => store.dispatch({ type: 'setCoordinator', id: on ? null : sel.id })); return; 
      }
      if (ev.key === 'Delete' || ev.key === 'Backspace') { act(() => store.dispatch({ type: 'removeActor', id: sel.id })); return; }
    }
    if (sel?.kind === 'relation') {
      const n = Number(ev.key);
      const strength = RELATION_STRENGTHS[n - 1];
      if (Number.isInteger(n) && strength !== undefined) { act(() => store.dispatch({ type: 'setStrength', id: sel.id, strength })); return; }
      if (key === 'd') {
        const r = s.map.relations.find((x) => x.id === sel.id);
        if (r === undefined) return;
        // D: mutual <-> an arrow from source to target; Shift+D: the arrow the other way.
        const direction = ev.shiftKey ? { directed: true, reverse: true } : { directed: !r.directed };act(() => store.dispatch({ type: 'setDirection', id: sel.id, direction })); return; 
      }
      if (ev.key === 'Delete' || ev.key === 'Backspace') { act(() => store.dispatch({ type: 'removeRelation', id: sel.id })); return; }
    }
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}

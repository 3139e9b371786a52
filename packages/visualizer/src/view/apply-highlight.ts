import { setAttr } from './dom-attr';
import type { Highlight } from './highlight';

/** Where each highlight field is shown: a data attribute on the actor's or relation's group. */
const FLAGS = [
  ['selected', 'data-selected'],
  ['hovered', 'data-hovered'],
  ['linking', 'data-linking'],
  ['emphasised', 'data-emphasised'],
] as const;

const idsOf = (h: Highlight, field: (typeof FLAGS)[number][0]): readonly string[] => {
  const v = h[field];
  if (v === undefined) return [];
  return typeof v === 'string' ? [v] : v;
};

/**
 * Shows a highlight on the drawn elements by data attributes (`data-selected`, `data-hovered`,
 * `data-linking`, `data-emphasised`; the selected one also `data-active`, which the stylesheet
 * and older callers use). Only the elements named in `prev` or `next` are looked at, and an
 * attribute is written only when it differs. `find` maps an id to its element (an actor, else
 * a relation).
  *
 * @example
 * ```ts
 * applyHighlight({ selected: 'a' }, { selected: 'b' }, (id) => svg.querySelector(`[data-id="${id}"]`) ?? undefined);
 * ```
 */
export function applyHighlight(prev: Highlight, next: Highlight, find: (id: string) => Element | undefined): void {
  for (const [field, attr] of FLAGS) {
    const before = idsOf(prev, field);
    const after = new Set(idsOf(next, field));
    for (const id of before) {
      if (after.has(id)) continue;
      const el = find(id);
      if (el === undefined) continue;
      setAttr(el, attr, null);
      if (field === 'selected') setAttr(el, 'data-active', null);
    }
    for (const id of after) {
      const el = find(id);
      if (el === undefined) continue;
      setAttr(el, attr, 'true');
      if (field === 'selected') setAttr(el, 'data-active', 'true');
    }
  }
}

import { enablePatches, type Patch, produceWithPatches } from 'immer';
import type { NetworkMap } from '@relcap/core';

enablePatches();

type Rec = Record<string, unknown>;

/**
 * Brings the immer draft `draft` to equal `next` with as few writes as it can: unchanged fields
 * and array items (same object) are left alone, so immer records only what changed. Arrays of
 * actors and relations are reconciled by position (an edit changes, appends or removes items).
 * Bounded by the size of the two values (one pass, no recursion below the top level's arrays).
 */
function reconcile(draft: Rec, base: Rec, next: Rec): void {
  for (const key of Object.keys(base)) if (!(key in next)) delete draft[key];
  for (const [key, value] of Object.entries(next)) {
    const old = base[key];
    if (old === value) continue;
    if (Array.isArray(old) && Array.isArray(value)) {
      const arr = draft[key] as unknown[];
      const common = Math.min(old.length, value.length);
      // Removals in the middle shift items: write from the first difference on.
      for (let i = 0; i < common; i++) if (old[i] !== value[i]) arr[i] = value[i];
      if (value.length < old.length) arr.length = value.length;
      for (let i = common; i < value.length; i++) arr.push(value[i]);
    } else {
      draft[key] = value;
    }
  }
}

/**
 * The immer patches that turn `base` into `next` and the inverse patches that turn it back,
 * for undo and redo. `next` is what one of core's edits returned (sharing unchanged objects).
 *
 * @example
 * ```ts
 * const { patches, inverse } = diffPatches(map, setCoordinator(map, 'laerer'));
 * ```
 */
export function diffPatches(base: NetworkMap, next: NetworkMap): { patches: Patch[]; inverse: Patch[] } {
  const [, patches, inverse] = produceWithPatches(base, (draft) => {
    reconcile(draft as unknown as Rec, base as unknown as Rec, next as unknown as Rec);
  });
  return { patches, inverse };
}

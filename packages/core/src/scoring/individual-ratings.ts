import { nullRecord } from './build-tie-score';
import { CELL_EMPTY, CELL_MISSING } from './rating-store';
import type { ScorerState } from './scorer-state';
import type { IndividualRating } from './survey-score';

/**
 * Every stored rating as plain data, in the order ratings were first seen (asked for with
 * `includeRatings: true`; this allocates one object per rating). Internal.
 */
export function individualRatings(state: ScorerState): IndividualRating[] {
  const { store, options, respondentIds, respondentRole, roleNames } = state;
  const set = options.dimensionSet;
  const dims = set.dimensions.length;
  const groupKeys = set.groups.map((g) => g.key);
  const out: IndividualRating[] = [];
  for (let i = 0; i < store.size; i++) {
    const resp = store.respondent[i]!;
    const from = respondentRole[resp]!;
    const to = store.target[i]!;
    const values: Record<string, number | null> = {};
    const gSum = new Map<string, number>();
    const gCount = new Map<string, number>();
    let k = 0;
    let sum = 0;
    for (let d = 0; d < dims; d++) {
      const dim = set.dimensions[d]!;
      const c = store.cells[i * dims + d]!;
      const answered = c !== CELL_EMPTY && c !== CELL_MISSING;
      values[dim.key] = answered ? c : null;
      if (!answered) continue;
      k++;
      sum += c;
      gSum.set(dim.group, (gSum.get(dim.group) ?? 0) + c);
      gCount.set(dim.group, (gCount.get(dim.group) ?? 0) + 1);
    }
    const valid = k >= options.minItems;
    const subscales = nullRecord(groupKeys);
    if (valid) for (const g of groupKeys) if (gCount.has(g)) subscales[g] = gSum.get(g)! / gCount.get(g)!;
    out.push({
      respondentId: respondentIds[resp]!,
      from: roleNames[from]!,
      to: roleNames[to]!,
      within: from === to,
      answered: k,
      rc: valid ? sum / k : null,
      values,
      subscales,
    });
  }
  return out;
}

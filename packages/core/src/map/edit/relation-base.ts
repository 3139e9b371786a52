import type { Relation } from '../types';

/** The fields every relation kind has (id, ends, direction, notes, action), without the kind's own. */
export function relationBase(r: Relation): Pick<Relation, 'id' | 'source' | 'target' | 'directed' | 'notes' | 'action'> {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    directed: r.directed,
    ...(r.notes !== undefined ? { notes: r.notes } : {}),
    ...(r.action !== undefined ? { action: r.action } : {}),
  };
}

/** An edge for {@link assignCurvatures}: its id and end points. */
export interface CurvatureInput {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/**
 * Curvature of each edge so that several edges between the same two actors are drawn apart:
 * a lone edge is straight (0); k edges between one pair get `spacing x (i - (k - 1) / 2)`, measured
 * against the pair's canonical direction (smaller id to larger). Edges running in the canonical
 * direction come last, so A->B and B->A of an asymmetric pair get opposite signs.
 * Self-loops get 0.
 *
 * @example
 * ```ts
 * assignCurvatures([{ id: 'r1', source: 'a', target: 'b' }, { id: 'r2', source: 'b', target: 'a' }], 0.3);
 * // Map { 'r1' => 0.15, 'r2' => -0.15 }
 * ```
 */
export function assignCurvatures(edges: readonly CurvatureInput[], spacing: number): Map<string, number> {
  const groups = new Map<string, CurvatureInput[]>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out = new Map<string, number>();
  for (const e of edges) out.set(e.id, 0);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const reverse = group.filter((e) => e.source > e.target);
    const forward = group.filter((e) => e.source < e.target);
    const ordered = [...reverse, ...forward];
    const k = ordered.length;
    ordered.forEach((e, i) => {
      out.set(e.id, spacing * (i - (k - 1) / 2));
    });
  }
  return out;
}

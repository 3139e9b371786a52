import type { AbstractGraph as Graph } from 'graphology-types';

/** Reads an arc's weight; default: the `weight` attribute, 1 when absent. */
export type ArcWeight = (source: string, target: string) => number;

function arcWeightOf(graph: Graph): ArcWeight {
  return (s, t) => {
    if (!graph.hasDirectedEdge(s, t)) return 0;
    const w = graph.getDirectedEdgeAttribute(s, t, 'weight');
    return typeof w === 'number' ? w : 1;
  };
}

/** Neighbours of a node in either direction, without itself. */
function neighbours(graph: Graph, u: string): string[] {
  return graph.neighbors(u).filter((v) => v !== u);
}

/**
 * Burt's structural-hole measures need the mutual weight z(u,v) = w(u->v) + w(v->u), the
 * proportional tie p(u,v) = z(u,v) / sum over neighbours k of u of z(u,k), and the marginal
 * strength m(v,q) = z(v,q) / max over neighbours k of v of z(v,k) (Burt 1992, pp. 51-55).
 */
function burtTerms(graph: Graph, weight: ArcWeight) {
  const z = (u: string, v: string): number => weight(u, v) + weight(v, u);
  const sums = new Map<string, number>();
  const maxes = new Map<string, number>();
  graph.forEachNode((u) => {
    const zs = neighbours(graph, u).map((v) => z(u, v));
    sums.set(u, zs.reduce((a, b) => a + b, 0));
    maxes.set(u, zs.length === 0 ? 0 : Math.max(...zs));
  });
  const p = (u: string, v: string): number => {
    const s = sums.get(u) ?? 0;
    return s === 0 ? 0 : z(u, v) / s;
  };
  const m = (v: string, q: string): number => {
    const mx = maxes.get(v) ?? 0;
    return mx === 0 ? 0 : z(v, q) / mx;
  };
  return { p, m };
}

/**
 * Burt's constraint per node: c(i) = sum over neighbours j of (p(i,j) + sum over neighbours
 * q != j of p(i,q) p(q,j))^2 (Burt 1992, p. 55). High constraint: the neighbours are tied to each
 * other (no structural holes). Neighbours are taken in either direction; an isolate has no
 * constraint (`null`). Self-loops are ignored.
 *
 * @example
 * ```ts
 * burtConstraint(mapToGraph(map)).laerer; // e.g. 0.61
 * ```
 */
export function burtConstraint(graph: Graph, weight: ArcWeight = arcWeightOf(graph)): Record<string, number | null> {
  const { p } = burtTerms(graph, weight);
  const out: Record<string, number | null> = {};
  graph.forEachNode((i) => {
    const ns = neighbours(graph, i);
    if (ns.length === 0) {
      out[i] = null;
      return;
    }
    let c = 0;
    for (const j of ns) {
      let indirect = 0;
      for (const q of ns) if (q !== j) indirect += p(i, q) * p(q, j);
      c += (p(i, j) + indirect) ** 2;
    }
    out[i] = c;
  });
  return out;
}

/**
 * Burt's effective size per node: ES(i) = sum over neighbours j of (1 - sum over neighbours
 * q != j of p(i,q) m(j,q)) (Burt 1992, p. 52): the number of neighbours minus their redundancy.
 * For an unweighted mutual network it equals n - 2t/n (Borgatti 1997). An isolate has none (`null`).
 *
 * @example
 * ```ts
 * burtEffectiveSize(mapToGraph(map)).laerer; // e.g. 2.33
 * ```
 */
export function burtEffectiveSize(graph: Graph, weight: ArcWeight = arcWeightOf(graph)): Record<string, number | null> {
  const { p, m } = burtTerms(graph, weight);
  const out: Record<string, number | null> = {};
  graph.forEachNode((i) => {
    const ns = neighbours(graph, i);
    if (ns.length === 0) {
      out[i] = null;
      return;
    }
    let es = 0;
    for (const j of ns) {
      let redundancy = 0;
      for (const q of ns) if (q !== j) redundancy += p(i, q) * m(j, q);
      es += 1 - redundancy;
    }
    out[i] = es;
  });
  return out;
}

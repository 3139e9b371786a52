import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkMap } from '@relcap/core';
import { computeMapMetrics, parseMap, toGraphml } from '@relcap/core';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * networkx as an independent referee (issue 4): relcap writes GraphML, networkx reads it and
 * computes the metrics on the same graph, and the numbers must agree.
 *
 * Semantic match, made explicit in the Python below: the analysis graph is a simple DiGraph;
 * each GraphML edge is one relation; `band == "missing"` is not an arc; `directed == False`
 * (a mutual relation) gives both arcs; self-loops are dropped; parallel relations on the same
 * arc keep the largest weight. Betweenness: shortest paths, normalized=True (1/((n-1)(n-2)) for
 * a directed graph), unweighted, and weighted with distance = 1/weight. Degree of a DiGraph =
 * in + out. Burt's constraint and effective size with the tie weights (effective size through
 * networkx's per-node path, see the comment in the script).
 */
const PYTHON = `
import json, sys, math
import networkx as nx
F = nx.read_graphml(sys.argv[1])
H = nx.DiGraph()
H.add_nodes_from(F.nodes())
def arc(u, v, w):
    if u == v:
        return
    if H.has_edge(u, v):
        H[u][v]["weight"] = max(H[u][v]["weight"], w)
    else:
        H.add_edge(u, v, weight=w)
for u, v, d in F.edges(data=True):
    if d["band"] == "missing":
        continue
    arc(u, v, d["weight"])
    if d["directed"] is False:
        arc(v, u, d["weight"])
for u, v, d in H.edges(data=True):
    d["distance"] = 1.0 / d["weight"]
bw = nx.betweenness_centrality(H, normalized=True)
wbw = nx.betweenness_centrality(H, normalized=True, weight="distance")
con = nx.constraint(H, weight="weight")
# nodes=list(H): the per-node path follows Burt (1992). networkx 3.6.1's default vectorised path
# divides by the wrong node's maximum for weighted or directed graphs (networkx/networkx#8906).
es = nx.effective_size(H, nodes=list(H), weight="weight")
clean = lambda x: None if isinstance(x, float) and math.isnan(x) else x
print(json.dumps({
    "density": nx.density(H),
    "reciprocity": nx.overall_reciprocity(H) if H.number_of_edges() else 0,
    "components": nx.number_weakly_connected_components(H),
    "arcs": H.number_of_edges(),
    "actors": {n: {
        "degree": H.degree(n), "inDegree": H.in_degree(n), "outDegree": H.out_degree(n),
        "inStrength": H.in_degree(n, weight="weight"), "outStrength": H.out_degree(n, weight="weight"),
        "betweenness": bw[n], "weightedBetweenness": wbw[n],
        "constraint": clean(con[n]), "effectiveSize": clean(es[n]),
    } for n in H.nodes()},
}))
`;

const dir = mkdtempSync(join(tmpdir(), 'relcap-nx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Referee {
  density: number;
  reciprocity: number;
  components: number;
  arcs: number;
  actors: Record<string, Record<string, number | null>>;
}

function referee(map: NetworkMap, name: string): Referee {
  const file = join(dir, `${name}.graphml`);
  writeFileSync(file, toGraphml(map), 'utf8');
  return JSON.parse(execFileSync('python3', ['-c', PYTHON, file], { encoding: 'utf8' })) as Referee;
}

const EXAMPLE = parseMap(readFileSync(new URL('../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8'));

const pro = (id: string) => ({ id, label: `Aktør ${id} & <co>`, kind: 'professional' as const });
const TRICKY: NetworkMap = {
  schemaVersion: 2,
  title: 'Tricky',
  type: 'roles',
  actors: [pro('a'), pro('b'), pro('c'), pro('d'), pro('e'), pro('f')],
  relations: [
    { id: '1', source: 'a', target: 'b', directed: true, kind: 'strength', strength: 'strong' },
    { id: '2', source: 'b', target: 'c', directed: true, kind: 'strength', strength: 'weak' },
    { id: '3', source: 'c', target: 'a', directed: true, kind: 'rated', ratings: { frequency: 4 }, rc: 4.2 },
    { id: '4', source: 'a', target: 'd', directed: false, kind: 'strength', strength: 'weak' },
    { id: '5', source: 'd', target: 'e', directed: true, kind: 'strength', strength: 'stressful' },
    { id: '6', source: 'e', target: 'd', directed: true, kind: 'rated', ratings: {}, rc: 2 },
    { id: '7', source: 'f', target: 'a', directed: false, kind: 'strength', strength: 'missing' },
    { id: '8', source: 'a', target: 'b', directed: true, kind: 'rated', ratings: {}, rc: 3 },
    { id: '9', source: 'b', target: 'b', directed: true, kind: 'rated', ratings: {}, rc: 5 },
    { id: '10', source: 'c', target: 'e', directed: true, kind: 'rated', ratings: {}, n: 2, suppressed: true },
  ],
};

describe.each([
  ['the bundled example map', EXAMPLE],
  ['a map with one-way, parallel, missing, suppressed and self-loop relations', TRICKY],
])('networkx agrees with computeMapMetrics on %s', (name, map) => {
  const nx = referee(map, name.replace(/\W+/g, '-'));
  const ours = computeMapMetrics(map);
  const TOL = 1e-9;

  it('density, reciprocity, weak components and arc count', () => {
    expect(Math.abs(ours.density - nx.density)).toBeLessThan(TOL);
    expect(Math.abs(ours.reciprocity - nx.reciprocity)).toBeLessThan(TOL);
    expect(ours.components).toBe(nx.components);
    expect(ours.arcCount).toBe(nx.arcs);
  });

  it('degree, strength, betweenness (unweighted and distance-weighted), constraint and effective size per actor', () => {
    expect(ours.actors.map((a) => a.id).sort()).toEqual(Object.keys(nx.actors).sort());
    for (const a of ours.actors) {
      const r = nx.actors[a.id]!;
      expect([a.degree, a.inDegree, a.outDegree]).toEqual([r.degree, r.inDegree, r.outDegree]);
      for (const key of ['inStrength', 'outStrength', 'betweenness', 'weightedBetweenness'] as const) {
        expect(Math.abs(a[key] - (r[key] as number)), `${a.id} ${key}`).toBeLessThan(TOL);
      }
      for (const key of ['constraint', 'effectiveSize'] as const) {
        if (a.degree === 0) {
          expect(a[key]).toBeNull();
          expect(r[key]).toBeNull();
        } else {
          expect(Math.abs((a[key] as number) - (r[key] as number)), `${a.id} ${key}`).toBeLessThan(TOL);
        }
      }
    }
  });
});

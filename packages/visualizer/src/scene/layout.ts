import { forceCollide, forceLink, forceManyBody, forceRadial, forceSimulation, randomLcg, type SimulationNodeDatum } from 'd3';

/** One actor to place: its ring radius, collision radius, and optional fixed or start position. */
export interface LayoutInput {
  readonly id: string;
  /** Distance from the centre this actor is pulled to. */
  readonly ringRadius: number;
  /** Radius kept free around the actor (node plus room for its label). */
  readonly collide: number;
  /** A pinned position: the actor stays exactly here. */
  readonly fixed?: { readonly x: number; readonly y: number };
  /** A start position (e.g. saved but not pinned); otherwise a seeded place on its ring. */
  readonly start?: { readonly x: number; readonly y: number };
}

/** Options of {@link layoutRadial}. */
export interface LayoutOptions {
  /** Seed of the pseudo-random source: the same map and seed give the same positions. */
  readonly seed: number;
  /** Number of simulation ticks (the simulation is stopped and ticked by hand, never animated). */
  readonly iterations: number;
  /** Strength of the pull of related actors towards each other (0 = none). */
  readonly linkStrength: number;
  /** Repulsion between actors (d3 many-body strength, negative), spreading each ring evenly. */
  readonly repulsion: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { seed: 1, iterations: 300, linkStrength: 0.01, repulsion: -600 };

interface SimNode extends SimulationNodeDatum {
  id: string;
  ringRadius: number;
  collide: number;
}

/**
 * Places actors on concentric rings with d3-force: a radial force to each actor's ring, a
 * many-body repulsion that spreads each ring evenly, collision so actors and labels do not
 * overlap, and a weak link force so related actors sit nearer each other. Deterministic: start angles come from `randomLcg(seed)`, the simulation uses the same
 * seeded `randomSource`, and it is stopped and ticked `iterations` times (d3-force's recipe for
 * reproducible layouts). Actors with a ring radius of 0 and no fixed position sit at the centre.
 * `buildScene` no longer uses it (it places actors stably with `placeOnRings`); kept for callers
 * who want a force layout.
 *
 * @example
 * ```ts
 * const pos = layoutRadial([{ id: 'barn', ringRadius: 0, collide: 40 }, { id: 'laerer', ringRadius: 300, collide: 80 }], [], { seed: 1 });
 * pos.get('barn'); // { x: 0, y: 0 }
 * ```
 */
export function layoutRadial(
  inputs: readonly LayoutInput[],
  links: readonly { readonly source: string; readonly target: string }[],
  options: Partial<LayoutOptions> = {},
): Map<string, { x: number; y: number }> {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const random = randomLcg(seedUnit(o.seed));
  const byRing = new Map<number, LayoutInput[]>();
  for (const n of inputs) byRing.set(n.ringRadius, [...(byRing.get(n.ringRadius) ?? []), n]);
  const nodes: SimNode[] = [];
  for (const [radius, members] of [...byRing.entries()].sort((a, b) => a[0] - b[0])) {
    const offset = random() * 2 * Math.PI;
    members.forEach((n, i) => {
      const angle = offset + (2 * Math.PI * i) / members.length;
      const node: SimNode = { id: n.id, ringRadius: radius, collide: n.collide };
      const start = n.fixed ?? n.start ?? { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      node.x = start.x;
      node.y = start.y;
      if (n.fixed !== undefined) {
        node.fx = n.fixed.x;
        node.fy = n.fixed.y;
      } else if (radius === 0) {
        node.fx = 0;
        node.fy = 0;
      }
      nodes.push(node);
    });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const simLinks = links.filter((l) => l.source !== l.target && ids.has(l.source) && ids.has(l.target)).map((l) => ({ ...l }));
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(random)
    .force('radial', forceRadial<SimNode>((d) => d.ringRadius).strength(1))
    .force('charge', forceManyBody<SimNode>().strength(o.repulsion))
    .force('collide', forceCollide<SimNode>((d) => d.collide).iterations(3))
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(simLinks)
        .id((d) => d.id)
        .strength(o.linkStrength),
    )
    .stop();
  sim.tick(o.iterations);
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes) out.set(n.id, { x: n.fx ?? n.x ?? 0, y: n.fy ?? n.y ?? 0 });
  return out;
}

/** Maps any finite seed to [0, 1) for `randomLcg` (which takes a seed in [0, 1)); internal. */
export function seedUnit(seed: number): number {
  const s = Math.abs(Math.sin(seed * 12.9898 + 78.233) * 43758.5453);
  return s - Math.floor(s);
}

import type { UndirectedView } from './undirected-view';

/** Shortest distances between every pair of nodes of an undirected view, by index. */
export interface DistanceMatrix {
  /** Node ids; `index.get(id)` is the row of `id`. */
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** `d[i * n + j]`: the weighted shortest-path distance from i to j; `Infinity` when unreachable. */
  readonly d: Float64Array;
  readonly n: number;
}

/**
 * The work units `distanceMatrix` spends on a view of `n` nodes and `steps` undirected steps:
 * n Dijkstra searches, each charged n + 2·steps (every node settled, every step relaxed twice).
 * Callers compare it with a work budget before they start.
 *
 * @example
 * ```ts
 * distanceMatrixCost(60, 120); // 60 * (60 + 240) = 18000
 * ```
 */
export function distanceMatrixCost(n: number, steps: number): number {
  return n * (n + 2 * steps);
}

/**
 * Number of undirected steps of a view.
 *
 * @example
 * ```ts
 * stepCount(undirectedView(mapToGraph(map))); // undirected steps
 * ```
 */
export function stepCount(view: UndirectedView): number {
  let twice = 0;
  for (const m of view.values()) twice += m.size;
  return twice / 2;
}

/**
 * All-pairs shortest distances of an undirected view (Dijkstra 1959 from every node, with a
 * binary heap): O(n · (n + m) · log n) time, 8 · n² bytes (a `Float64Array` of n² distances;
 * 32 MB at 2,000 nodes). The distance is the sum of the steps' distances (1 / weight).
 *
 * @example
 * ```ts
 * const dm = distanceMatrix(undirectedView(mapToGraph(map)));
 * dm.d[dm.index.get('a')! * dm.n + dm.index.get('b')!]; // 2 for a-x-b with strong ties
 * ```
 */
export function distanceMatrix(view: UndirectedView): DistanceMatrix {
  const ids = [...view.keys()];
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + view.get(ids[i]!)!.size;
  const to = new Int32Array(start[n]!);
  const len = new Float64Array(start[n]!);
  for (let i = 0; i < n; i++) {
    let k = start[i]!;
    for (const [v, step] of view.get(ids[i]!)!) {
      to[k] = index.get(v)!;
      len[k] = step;
      k++;
    }
  }
  const d = new Float64Array(n * n).fill(Number.POSITIVE_INFINITY);
  const heap = new MinHeap(start[n]! + n);
  for (let s = 0; s < n; s++) {
    const row = s * n;
    d[row + s] = 0;
    heap.push(s, 0);
    while (heap.size > 0) {
      const du = heap.topKey();
      const u = heap.pop();
      if (du > d[row + u]!) continue;
      for (let k = start[u]!; k < start[u + 1]!; k++) {
        const v = to[k]!;
        const nd = du + len[k]!;
        if (nd < d[row + v]!) {
          d[row + v] = nd;
          heap.push(v, nd);
        }
      }
    }
  }
  return { ids, index, d, n };
}

/** A binary min-heap of (node, key) with lazy deletion; capacity fixed at creation. */
class MinHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(1, capacity));
    this.keys = new Float64Array(Math.max(1, capacity));
  }

  push(node: number, key: number): void {
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p]! <= key) break;
      this.nodes[i] = this.nodes[p]!;
      this.keys[i] = this.keys[p]!;
      i = p;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.size;
    const node = this.nodes[last]!;
    const key = this.keys[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const c = r < last && this.keys[r]! < this.keys[l]! ? r : l;
      if (this.keys[c]! >= key) break;
      this.nodes[i] = this.nodes[c]!;
      this.keys[i] = this.keys[c]!;
      i = c;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
    return top;
  }
}

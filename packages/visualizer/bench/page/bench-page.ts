// Benchmark page: the same laid-out network drawn by relcap's WebGL renderer and by bare sigma
// (graphology graph with x, y, size only; default sigma settings). Driven by ../render.bench.ts.
import Graph from 'graphology';
import Sigma from 'sigma';
import { buildScene } from '../../src/scene/index';
import type { Scene } from '../../src/scene/types';
import { createWebglRenderer, generateMunicipalityNetwork, layoutLargeScene, sceneToGraph, type WebglRenderer } from '../../src/webgl/index';

const view = document.getElementById('view')!;
let scene: Scene | null = null;
let bare: Graph | null = null;
let shown: WebglRenderer | null = null;

/** Milliseconds until the draw calls were issued (JS) and until the GPU finished them (total). */
interface Timing {
  readonly js: number;
  readonly total: number;
}

const frame = (): Promise<void> => new Promise((ok) => requestAnimationFrame(() => ok()));

/** Waits until every WebGL layer has finished drawing: a 1-pixel read forces the GPU queue to finish. */
function finishGl(): void {
  const pixel = new Uint8Array(4);
  for (const canvas of Array.from(view.querySelectorAll('canvas'))) {
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
}

const api = {
  /** Builds the network and its ForceAtlas2 layout once (not timed here; timed in Node). */
  prepare(actors: number, relations: number, seed: number, iterations: number): { nodes: number; edges: number } {
    const map = generateMunicipalityNetwork({ actors, relations, seed });
    scene = layoutLargeScene(buildScene(map, { iterations: 0 }), { iterations, seed });
    const g = new Graph({ multi: true, type: 'mixed' });
    for (const n of scene.nodes) g.addNode(n.id, { x: n.x, y: -n.y, size: n.radius * 0.2 });
    for (const e of scene.edges) {
      if (e.directed) g.addDirectedEdgeWithKey(e.id, e.source, e.target);
      else g.addUndirectedEdgeWithKey(e.id, e.source, e.target);
    }
    bare = g;
    return { nodes: g.order, edges: g.size };
  },
  /** sceneToGraph alone, in the browser. */
  sceneToGraph(): number {
    const t0 = performance.now();
    sceneToGraph(scene!);
    return performance.now() - t0;
  },
  /** Draws the network with relcap's renderer and keeps it on screen (for the docs screenshot). */
  async show(select: string | null): Promise<void> {
    const r = createWebglRenderer(view, scene!);
    shown = r;
    await r.ready;
    r.select(select);
    await frame();
    await frame();
  },
  hide(): void {
    shown?.destroy();
    shown = null;
  },
  /** createWebglRenderer until its first frame is drawn, then destroy. */
  async ours(): Promise<Timing> {
    const t0 = performance.now();
    const r = createWebglRenderer(view, scene!);
    await r.ready;
    const js = performance.now() - t0;
    finishGl();
    const total = performance.now() - t0;
    await frame();
    r.destroy();
    return { js, total };
  },
  /** new Sigma(bare graph) until its first frame is drawn, then kill. */
  async bare(): Promise<Timing> {
    const t0 = performance.now();
    const s = new Sigma(bare!, view);
    const js = performance.now() - t0;
    finishGl();
    const total = performance.now() - t0;
    await frame();
    s.kill();
    return { js, total };
  },
};

declare global {
  interface Window {
    relcapBench: typeof api;
  }
}
window.relcapBench = api;

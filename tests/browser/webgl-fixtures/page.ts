// Test page of the WebGL view: a generated municipality network, laid out by ForceAtlas2 and drawn
// by createWebglRenderer. Driven by tests/browser/webgl-render.test.ts through window.relcapWebglTest.
import { buildScene } from '../../../packages/visualizer/src/scene/index';
import {
  createWebglRenderer,
  generateMunicipalityNetwork,
  type LayoutLargeOptions,
  layoutLargeScene,
  startWorkerLayout,
  type WebglRenderer,
  type WorkerLayout,
} from '../../../packages/visualizer/src/webgl/index';

export interface RenderReport {
  readonly nodes: number;
  readonly edges: number;
  readonly canvases: number;
  readonly webglContexts: number;
}

let renderer: WebglRenderer | null = null;
const events: string[] = [];
let layout: WorkerLayout | null = null;
let before = new Map<string, string>();
const container = document.getElementById('map')!;

function countWebgl(): number {
  // A canvas that already has a WebGL context returns it again; a 2D canvas returns null here.
  return Array.from(container.querySelectorAll('canvas')).filter((c) => c.getContext('webgl2') !== null || c.getContext('webgl') !== null).length;
}

const api = {
  async render(actors: number, relations: number, seed: number, layout: Partial<LayoutLargeOptions> = {}): Promise<RenderReport> {
    const map = generateMunicipalityNetwork({ actors, relations, seed });
    const scene = layoutLargeScene(buildScene(map, { iterations: 0 }), { iterations: 150, seed, ...layout });
    renderer = createWebglRenderer(container, scene);
    renderer.on('hover', (id) => events.push(`hover:${id}`));
    renderer.on('select', (id) => events.push(`select:${id}`));
    await renderer.ready;
    await new Promise<void>((ok) => requestAnimationFrame(() => ok()));
    return {
      nodes: renderer.graph.order,
      edges: renderer.graph.size,
      canvases: container.querySelectorAll('canvas').length,
      webglContexts: countWebgl(),
    };
  },
  /** Where a node is on the page (container offset + viewport position). */
  nodeOnPage(id: string): { x: number; y: number } | null {
    const p = renderer?.viewportPosition(id) ?? null;
    const box = container.getBoundingClientRect();
    return p === null ? null : { x: box.left + p.x, y: box.top + p.y };
  },
  events(): string[] {
    return [...events];
  },
  /** Starts the ForceAtlas2 worker on the drawn graph, remembering where the nodes were. */
  startLayout(): void {
    const graph = renderer!.graph;
    before = new Map(graph.mapNodes((n, a) => [n, `${a.x},${a.y}`] as const));
    layout = startWorkerLayout(graph, { maxDurationMs: 0 });
  },
  /** How many nodes the worker has moved so far. */
  moved(): number {
    return renderer!.graph.filterNodes((n, a) => before.get(n) !== `${a.x},${a.y}`).length;
  },
  /** Stops the worker twice (idempotent) and says whether it was running before and after. */
  stopLayout(): { runningBeforeStop: boolean; runningAfterStop: boolean } {
    const runningBeforeStop = layout!.isRunning();
    layout!.stop();
    layout!.stop();
    return { runningBeforeStop, runningAfterStop: layout!.isRunning() };
  },
  /** Replaces the scene by a smaller generated network in the same renderer. */
  async update(actors: number, relations: number, seed: number): Promise<RenderReport> {
    const map = generateMunicipalityNetwork({ actors, relations, seed });
    renderer!.update(layoutLargeScene(buildScene(map, { iterations: 0 }), { iterations: 50, seed }));
    await new Promise<void>((ok) => requestAnimationFrame(() => ok()));
    return { nodes: renderer!.graph.order, edges: renderer!.graph.size, canvases: container.querySelectorAll('canvas').length, webglContexts: countWebgl() };
  },
  async select(id: string | null): Promise<void> {
    renderer?.select(id);
    await new Promise<void>((ok) => requestAnimationFrame(() => ok()));
  },
  async exportPngSize(scale: number): Promise<number> {
    const blob = await renderer!.exportPng({ scale });
    const bitmap = await createImageBitmap(blob);
    return bitmap.width;
  },
  destroyTwice(): { canvasesAfter: number; threw: boolean } {
    let threw = false;
    try {
      renderer?.destroy();
      renderer?.destroy();
    } catch {
      threw = true;
    }
    return { canvasesAfter: container.querySelectorAll('canvas').length, threw };
  },
};

declare global {
  interface Window {
    relcapWebglTest: typeof api;
  }
}
window.relcapWebglTest = api;

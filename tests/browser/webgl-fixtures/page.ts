// Test page of the WebGL view: a generated municipality network, laid out by ForceAtlas2 and drawn
// by createWebglRenderer. Driven by tests/browser/webgl-render.test.ts through window.relcapWebglTest.
import { buildScene } from '../../../packages/visualizer/src/scene/index';
import {
  createWebglRenderer,
  generateMunicipalityNetwork,
  type LayoutLargeOptions,
  layoutLargeScene,
  type WebglRenderer,
} from '../../../packages/visualizer/src/webgl/index';

export interface RenderReport {
  readonly nodes: number;
  readonly edges: number;
  readonly canvases: number;
  readonly webglContexts: number;
}

let renderer: WebglRenderer | null = null;
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
    await renderer.ready;
    await new Promise<void>((ok) => requestAnimationFrame(() => ok()));
    return {
      nodes: renderer.graph.order,
      edges: renderer.graph.size,
      canvases: container.querySelectorAll('canvas').length,
      webglContexts: countWebgl(),
    };
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

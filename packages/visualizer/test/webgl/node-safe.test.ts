import { describe, expect, it } from 'vitest';
import { fixtureScene } from './scene-fixture';

// Sigma reads the WebGL globals when imported, which do not exist in Node. The WebGL module must
// still load here (CLI, SSR, unit tests), because sigma is imported on demand only.
describe('the WebGL module outside a browser', () => {
  it('the webgl index loads in Node without WebGL globals', async () => {
    expect(typeof (globalThis as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext).toBe('undefined');
    const mod = await import('../../src/webgl/index');
    expect(typeof mod.createWebglRenderer).toBe('function');
    expect(mod.sceneToGraph(fixtureScene()).order).toBe(4);
  });
});

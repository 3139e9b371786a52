import { OptionsError } from '@relcap/core';
import type { Scene } from '../scene/types';
import type { WebglGraph } from './graph-types';
import type { Highlight } from '../view/highlight';
import { EMPTY_HIGHLIGHT, type Focus, focusOf, reduceEdge, reduceNode } from './reducers';
import {
  DEFAULT_WEBGL_RENDERER_OPTIONS,
  type ExportPngOptions,
  type WebglRenderer,
  type WebglRendererEvents,
  type WebglRendererOptions,
} from './renderer-types';
import { sceneToGraph } from './scene-to-graph';
import type { RelcapSigma } from './sigma-view';

type Listeners = { [K in keyof WebglRendererEvents]: Set<WebglRendererEvents[K]> };

/**
 * Draws a scene with sigma.js (WebGL) in `container`: relcap's shapes, line patterns and arrows,
 * hover and selection through sigma reducers (the graph's data is never edited for display).
 * Sigma is imported on demand, so this module also loads in Node; drawing starts when
 * `renderer.ready` resolves. The only long-lived state is here; `destroy()` releases it.
 *
 * @example
 * ```ts
 * const renderer = createWebglRenderer(document.querySelector('#map')!, scene);
 * renderer.on('select', (id) => console.log('selected', id));
 * await renderer.ready;
 * renderer.destroy();
 * ```
 */
export function createWebglRenderer(container: HTMLElement, scene: Scene, options: Partial<WebglRendererOptions> = {}): WebglRenderer {
  const o: WebglRendererOptions = { ...DEFAULT_WEBGL_RENDERER_OPTIONS, ...options };
  let graph: WebglGraph = sceneToGraph(scene, o);
  let state: Highlight = EMPTY_HIGHLIGHT;
  let focus: Focus | null = null;
  let sigma: RelcapSigma | null = null;
  let destroyed = false;
  const listeners: Listeners = { select: new Set(), hover: new Set() };

  const emit = <K extends keyof WebglRendererEvents>(event: K, id: string | null): void => {
    for (const fn of listeners[event]) fn(id);
  };
  const setState = (next: Highlight): void => {
    state = next;
    focus = focusOf(graph, state);
    sigma?.refresh({ skipIndexation: true });
  };

  const ready = import('./sigma-view').then((view) => {
    if (destroyed) return;
    const settings = view.sigmaSettings(
      o,
      (key, attrs) => reduceNode(key, attrs, focus, state, o),
      (key, attrs) => {
        const [source, target] = (sigma?.getGraph() ?? graph).extremities(key);
        return reduceEdge(attrs, source, target, focus, o);
      },
    );
    const s = view.createSigma(graph, container, settings);
    sigma = s;
    s.on('clickNode', ({ node }) => {
      setState({ ...state, selected: node });
      emit('select', node);
    });
    s.on('clickStage', () => {
      if (state.selected === undefined) return;
      setState(without(state, 'selected'));
      emit('select', null);
    });
    s.on('enterNode', ({ node }) => {
      setState({ ...state, hovered: node });
      emit('hover', node);
    });
    s.on('leaveNode', () => {
      setState(without(state, 'hovered'));
      emit('hover', null);
    });
  });

  return {
    get graph(): WebglGraph {
      return graph;
    },
    ready,
    update(next: Scene): void {
      if (destroyed) return;
      graph = sceneToGraph(next, o);
      focus = focusOf(graph, state);
      sigma?.setGraph(graph);
    },
    setHighlight(ids: Iterable<string> | null): void {
      if (destroyed) return;
      setState(ids === null ? without(state, 'emphasised') : { ...state, emphasised: [...ids] });
    },
    select(id: string | null): void {
      if (destroyed) return;
      setState(id === null ? without(state, 'selected') : { ...state, selected: id });
    },
    getSelected: () => state.selected ?? null,
    setHighlightState(next: Highlight): void {
      if (destroyed) return;
      setState(next);
    },
    on<K extends keyof WebglRendererEvents>(event: K, listener: WebglRendererEvents[K]): () => void {
      const set = listeners[event] as Set<WebglRendererEvents[K]>;
      if (!destroyed) set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    viewportPosition(id: string): { x: number; y: number } | null {
      if (sigma === null || !graph.hasNode(id)) return null;
      const { x, y } = graph.getNodeAttributes(id);
      return sigma.graphToViewport({ x, y });
    },
    fit(): void {
      sigma?.getCamera().animatedReset({ duration: 0 });
    },
    async exportPng(opts: Partial<ExportPngOptions> = {}): Promise<Blob> {
      await ready;
      const scale = opts.scale ?? 1;
      if (!(Number.isFinite(scale) && scale > 0 && scale <= 8)) {
        throw new OptionsError('RELCAP_BAD_OPTION', 'webgl/exportPng: invalid option "scale"', {
          column: 'scale',
          value: String(scale),
          expected: 'a number greater than 0 and at most 8',
        });
      }
      if (sigma === null) throw new Error('webgl/exportPng: the renderer has been destroyed');
      const view = await import('./sigma-view');
      return view.exportSigmaPng(sigma, scale, o.background);
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      listeners.select.clear();
      listeners.hover.clear();
      sigma?.kill();
      sigma = null;
    },
  };
}

/** A copy of a highlight without one of its fields (the model has optional fields, not nulls). */
function without(h: Highlight, key: keyof Highlight): Highlight {
  const { [key]: _drop, ...rest } = h;
  return rest;
}

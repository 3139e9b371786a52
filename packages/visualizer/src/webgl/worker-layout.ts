import type { AbstractGraph as Graph } from 'graphology-types';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker.js';
import { DEFAULT_LAYOUT_WEIGHTS, largeSettings } from './layout-large';

/** Options of {@link startWorkerLayout}. */
export interface WorkerLayoutOptions {
  /** ForceAtlas2 settings over `largeSettings(graph)`. */
  readonly settings: ForceAtlas2Settings;
  /** Edge weight by the edge's `style` attribute; edges without one weigh 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** Stop by itself after this many milliseconds (0 = run until `stop()`). */
  readonly maxDurationMs: number;
}

/** Defaults: inferred settings, style weights, stop after 8 seconds. */
export const DEFAULT_WORKER_LAYOUT_OPTIONS: WorkerLayoutOptions = {
  settings: {},
  weights: DEFAULT_LAYOUT_WEIGHTS,
  maxDurationMs: 8000,
};

/** A running worker layout. */
export interface WorkerLayout {
  /** Whether the worker is still moving nodes. */
  isRunning(): boolean;
  /** Stops the layout and terminates its worker. Idempotent. */
  stop(): void;
}

/**
 * Runs ForceAtlas2 (Jacomy et al. 2014) in a web worker on a graph that has `x`/`y` on every node,
 * writing positions back onto the graph as it goes (sigma redraws on each update). The worker is
 * built from a blob URL by graphology-layout-forceatlas2, so the page's Content-Security-Policy
 * must allow `worker-src 'self' blob:`. Not deterministic in time; use {@link layoutLarge} for a
 * reproducible layout.
 *
 * @example
 * ```ts
 * const layout = startWorkerLayout(renderer.graph);
 * stopButton.onclick = () => layout.stop();
 * ```
 */
export function startWorkerLayout(graph: Graph, options: Partial<WorkerLayoutOptions> = {}): WorkerLayout {
  const o = { ...DEFAULT_WORKER_LAYOUT_OPTIONS, ...options };
  const supervisor = new FA2Layout(graph, {
    settings: { ...largeSettings(graph), ...o.settings },
    getEdgeWeight: (_edge, attrs) => o.weights[typeof attrs.style === 'string' ? attrs.style : ''] ?? 1,
  });
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    supervisor.kill();
  };
  supervisor.start();
  if (o.maxDurationMs > 0) timer = setTimeout(stop, o.maxDurationMs);
  return { isRunning: () => !stopped && supervisor.isRunning(), stop };
}

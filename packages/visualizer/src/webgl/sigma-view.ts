/**
 * The part of the WebGL renderer that touches sigma. Browser-only: sigma reads the WebGL
 * globals when it is imported, so `create-webgl-renderer` loads this module on demand.
 */
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { createEdgePatternArrowProgram, createEdgePatternProgram } from './edge-pattern-program';
import { ARROW_PROGRAM, LINE_PROGRAM, NODE_PROGRAM, type WebglEdgeAttributes, type WebglGraph, type WebglGraphAttributes, type WebglNodeAttributes } from './graph-types';
import { NodeShapeProgram } from './node-shape-program';
import type { WebglRendererOptions } from './renderer-types';

/** Sigma drawing a relcap graph. */
export type RelcapSigma = Sigma<WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes>;
type RelcapSettings = Settings<WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes>;
type NodeReducer = NonNullable<RelcapSettings['nodeReducer']>;
type EdgeReducer = NonNullable<RelcapSettings['edgeReducer']>;

/** Arrow heads a little longer and wider than sigma's, so they read on thin lines. */
const ARROW_LENGTH = 3;
const ARROW_WIDTH = 2.5;

/** Sigma settings of relcap's view: our programs, reducers, labels drawn as text on a canvas. */
export function sigmaSettings(options: WebglRendererOptions, nodeReducer: NodeReducer, edgeReducer: EdgeReducer): Partial<RelcapSettings> {
  return {
    nodeProgramClasses: { [NODE_PROGRAM]: NodeShapeProgram },
    edgeProgramClasses: {
      [LINE_PROGRAM]: createEdgePatternProgram(),
      [ARROW_PROGRAM]: createEdgePatternArrowProgram(ARROW_LENGTH, ARROW_WIDTH),
    },
    defaultNodeType: NODE_PROGRAM,
    defaultEdgeType: LINE_PROGRAM,
    renderLabels: options.renderLabels,
    labelFont: options.labelFont,
    labelColor: { color: options.labelColor },
    zIndex: true,
    nodeReducer,
    edgeReducer,
    allowInvalidContainer: options.allowInvalidContainer,
  };
}

/** Creates sigma on the container; it draws its first frame before returning. */
export function createSigma(graph: WebglGraph, container: HTMLElement, settings: Partial<RelcapSettings>): RelcapSigma {
  return new Sigma(graph, container, settings);
}

/**
 * Draws the sigma's current view, `scale` times larger, into a PNG: a second, off-screen sigma
 * with the same graph, settings and camera, sizes and label size multiplied by `scale`, its
 * canvases composited in order onto the background, then killed.
 */
export async function exportSigmaPng(sigma: RelcapSigma, scale: number, background: string): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${Math.round(width * scale)}px;height:${Math.round(height * scale)}px;`;
  document.body.appendChild(host);
  const settings = sigma.getSettings();
  const nodeReducer = settings.nodeReducer;
  const edgeReducer = settings.edgeReducer;
  const copy = new Sigma(sigma.getGraph(), host, {
    ...settings,
    labelSize: settings.labelSize * scale,
    nodeReducer: (key, attrs) => {
      const data = nodeReducer ? nodeReducer(key, attrs) : attrs;
      return { ...data, size: (data.size ?? 1) * scale };
    },
    edgeReducer: (key, attrs) => {
      const data = edgeReducer ? edgeReducer(key, attrs) : attrs;
      return { ...data, size: (data.size ?? 1) * scale };
    },
  });
  try {
    copy.getCamera().setState(sigma.getCamera().getState());
    copy.refresh();
    const layers = Array.from(host.querySelectorAll('canvas'));
    const out = document.createElement('canvas');
    out.width = layers[0]?.width ?? Math.round(width * scale);
    out.height = layers[0]?.height ?? Math.round(height * scale);
    const ctx = out.getContext('2d');
    if (ctx === null) throw new Error('webgl/exportPng: no 2D canvas context available');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, out.width, out.height);
    for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
    return await new Promise<Blob>((resolve, reject) => {
      out.toBlob((blob) => (blob === null ? reject(new Error('webgl/exportPng: the canvas could not be encoded')) : resolve(blob)), 'image/png');
    });
  } finally {
    copy.kill();
    host.remove();
  }
}

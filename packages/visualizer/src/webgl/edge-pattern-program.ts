import {
  createEdgeArrowHeadProgram,
  createEdgeCompoundProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeProgram,
  type EdgeProgramType,
  type ProgramInfo,
} from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { WebglEdgeAttributes, WebglGraphAttributes, WebglNodeAttributes } from './graph-types';
import { EDGE_PATTERN_FRAGMENT_SHADER, EDGE_PATTERN_VERTEX_SHADER } from './edge-pattern-shaders';

// WebGL constants as numbers: the WebGL globals do not exist outside a browser.
const FLOAT = 0x1406;
const UNSIGNED_BYTE = 0x1401;
const TRIANGLES = 0x0004;

type RelcapEdgeProgramType = EdgeProgramType<WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes>;

const UNIFORMS = [
  'u_matrix',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_minEdgeThickness',
  'u_lengthToThicknessRatio',
  'u_resolution',
  'u_feather',
] as const;

/** Options of {@link createEdgePatternProgram}. */
export interface EdgePatternProgramOptions {
  /** Stop the line before the target node, leaving room for an arrow head. */
  readonly clamped: boolean;
  /** Arrow head length per line width, as sigma's arrow head program. */
  readonly lengthToThicknessRatio: number;
}

/** Defaults: not clamped; sigma's arrow head proportions. */
export const DEFAULT_EDGE_PATTERN_PROGRAM_OPTIONS: EdgePatternProgramOptions = {
  clamped: false,
  lengthToThicknessRatio: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS.lengthToThicknessRatio,
};

interface PatternData extends EdgeDisplayData {
  dash?: readonly number[];
  zigzag?: number;
}

/**
 * A sigma 3 edge program drawing straight lines with a dash pattern (`dash` attribute: on, off,
 * on, off in screen pixels) and an optional zig-zag (`zigzag` attribute: amplitude in pixels).
 * Sigma 3.0 draws only solid edges; this keeps the SVG view's line styles readable without colour.
 *
 * @example
 * ```ts
 * new Sigma(graph, container, { edgeProgramClasses: { pattern: createEdgePatternProgram() } });
 * ```
 */
export function createEdgePatternProgram(options: Partial<EdgePatternProgramOptions> = {}): RelcapEdgeProgramType {
  const o = { ...DEFAULT_EDGE_PATTERN_PROGRAM_OPTIONS, ...options };
  return class EdgePatternProgram extends EdgeProgram<(typeof UNIFORMS)[number], WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes> {
    getDefinition() {
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: EDGE_PATTERN_VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: EDGE_PATTERN_FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_positionStart', size: 2, type: FLOAT },
          { name: 'a_positionEnd', size: 2, type: FLOAT },
          { name: 'a_normal', size: 2, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_radius', size: 1, type: FLOAT },
          { name: 'a_dash', size: 4, type: FLOAT },
          { name: 'a_zigzag', size: 1, type: FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [
          { name: 'a_positionCoef', size: 1, type: FLOAT },
          { name: 'a_normalCoef', size: 1, type: FLOAT },
          { name: 'a_radiusCoef', size: 1, type: FLOAT },
        ],
        // Two triangles; the end vertices carry the clamping direction (as sigma's clamped edge).
        CONSTANT_DATA: [
          [0, 1, 0],
          [0, -1, 0],
          [1, 1, 1],
          [1, 1, 1],
          [0, -1, 0],
          [1, -1, -1],
        ],
      };
    }

    processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: PatternData): void {
      const thickness = data.size || 1;
      const dx = target.x - source.x;
      const dy = target.y - source.y;
      const len2 = dx * dx + dy * dy;
      let n1 = 0;
      let n2 = 0;
      if (len2 > 0) {
        const inv = 1 / Math.sqrt(len2);
        n1 = -dy * inv * thickness;
        n2 = dx * inv * thickness;
      }
      const dash = data.dash;
      const a = this.array;
      let i = startIndex;
      a[i++] = source.x;
      a[i++] = source.y;
      a[i++] = target.x;
      a[i++] = target.y;
      a[i++] = n1;
      a[i++] = n2;
      a[i++] = floatColor(data.color);
      a[i++] = edgeIndex;
      a[i++] = o.clamped ? target.size || 1 : 0;
      a[i++] = dash?.[0] ?? 0;
      a[i++] = dash?.[1] ?? 0;
      a[i++] = dash?.[2] ?? 0;
      a[i++] = dash?.[3] ?? 0;
      a[i++] = data.zigzag ?? 0;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
      gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
      gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(u.u_lengthToThicknessRatio, o.lengthToThicknessRatio);
      gl.uniform2f(u.u_resolution, params.width, params.height);
      gl.uniform1f(u.u_feather, params.antiAliasingFeather);
    }
  };
}

/**
 * A directed patterned edge: the clamped pattern line plus sigma's arrow head at the target.
 *
 * @example
 * ```ts
 * new Sigma(graph, container, { edgeProgramClasses: { arrow: createEdgePatternArrowProgram() } });
 * ```
 */
export function createEdgePatternArrowProgram(
  lengthToThicknessRatio = DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS.lengthToThicknessRatio,
  widenessToThicknessRatio = DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS.widenessToThicknessRatio,
): RelcapEdgeProgramType {
  return createEdgeCompoundProgram<WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes>([
    createEdgePatternProgram({ clamped: true, lengthToThicknessRatio }),
    createEdgeArrowHeadProgram<WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes>({ lengthToThicknessRatio, widenessToThicknessRatio }),
  ]);
}

import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { NodeShape } from '../scene/types';
import type { WebglEdgeAttributes, WebglGraphAttributes, WebglNodeAttributes } from './graph-types';
import { NODE_SHAPE_FRAGMENT_SHADER, NODE_SHAPE_VERTEX_SHADER, SHAPE_CODES } from './node-shape-shaders';

const FLOAT = 0x1406;
const UNSIGNED_BYTE = 0x1401;
const TRIANGLES = 0x0004;

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_correctionRatio', 'u_resolution'] as const;

interface ShapeData extends NodeDisplayData {
  shape?: NodeShape;
  borderColor?: string;
}

/**
 * A sigma 3 node program drawing each node as a circle, square, oval or diamond (`shape`
 * attribute) filled with `color` and outlined with `borderColor`. Sigma 3.0 ships only discs.
 *
 * @example
 * ```ts
 * new Sigma(graph, container, { nodeProgramClasses: { shape: NodeShapeProgram } });
 * ```
 */
export class NodeShapeProgram extends NodeProgram<(typeof UNIFORMS)[number], WebglNodeAttributes, WebglEdgeAttributes, WebglGraphAttributes> {
  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: NODE_SHAPE_VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: NODE_SHAPE_FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_borderColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_shape', size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_corner', size: 2, type: FLOAT }],
      CONSTANT_DATA: [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, -1],
        [1, 1],
        [-1, 1],
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: ShapeData): void {
    const a = this.array;
    let i = startIndex;
    a[i++] = data.x;
    a[i++] = data.y;
    a[i++] = data.size;
    a[i++] = floatColor(data.color);
    a[i++] = floatColor(data.borderColor ?? data.color);
    a[i++] = nodeIndex;
    a[i++] = SHAPE_CODES[data.shape ?? 'circle'] ?? 0;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
    gl.uniform2f(u.u_resolution, params.width, params.height);
  }
}

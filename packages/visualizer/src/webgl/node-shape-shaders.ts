/**
 * GLSL of relcap's shaped node: a square quad around the node whose fragment shader cuts out a
 * circle, square, oval or diamond (anchoring: permanent square, fixed collaboration oval, ad hoc
 * diamond; Statens Institut for Folkesundhed, "Det gode samarbejde om børn og unge i mistrivsel", Sønderborg) with a border in the node's outline colour.
 */

/** Shape codes passed to the shader, by scene shape. */
export const SHAPE_CODES = { circle: 0, square: 1, oval: 2, diamond: 3 } as const;

/** The quad reaches this many radii from the centre, so ovals and diamonds fit inside. */
export const QUAD_REACH = 1.25;

export const NODE_SHAPE_VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_borderColor;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute vec2 a_corner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec4 v_borderColor;
varying vec2 v_point;
varying float v_shape;
varying float v_radiusPx;

const float bias = 255.0 / 254.0;

void main() {
  // Same radius in WebGL units as sigma's circle program.
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  vec2 position = a_position + a_corner * radius * ${QUAD_REACH.toFixed(2)};
  gl_Position = vec4((u_matrix * vec3(position, 1.0)).xy, 0.0, 1.0);

  float pixelsPerUnit = length((u_matrix * vec3(1.0, 0.0, 0.0)).xy * u_resolution * 0.5);
  v_radiusPx = radius * pixelsPerUnit;
  v_point = a_corner * ${QUAD_REACH.toFixed(2)};
  v_shape = a_shape;

  #ifdef PICKING_MODE
  v_color = a_id;
  v_borderColor = a_id;
  #else
  v_color = a_color;
  v_borderColor = a_borderColor;
  #endif

  v_color.a *= bias;
  v_borderColor.a *= bias;
}
`;

export const NODE_SHAPE_FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec4 v_borderColor;
varying vec2 v_point;
varying float v_shape;
varying float v_radiusPx;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  vec2 p = abs(v_point);
  // Level set: 1.0 on the outline, in radii; areas kept close to the circle's.
  float d;
  if (v_shape < 0.5) d = length(p);
  else if (v_shape < 1.5) d = max(p.x, p.y) / 0.88;
  else if (v_shape < 2.5) d = length(vec2(p.x / 1.22, p.y / 0.78));
  else d = (p.x + p.y) / 1.22;

  #ifdef PICKING_MODE
  if (d > 1.0) discard;
  gl_FragColor = v_color;
  #else
  // One screen pixel in radii; the anti-aliased edge straddles the outline, the border lies inside.
  float px = 1.0 / max(v_radiusPx, 0.5);
  float borderWidth = clamp(v_radiusPx * 0.18, 1.2, 3.0) * px;
  vec4 color = mix(v_color, v_borderColor, smoothstep(1.0 - borderWidth - 0.5 * px, 1.0 - borderWidth + 0.5 * px, d));
  float t = smoothstep(1.0 - 0.5 * px, 1.0 + 0.5 * px, d);
  if (t >= 1.0) discard;
  gl_FragColor = mix(color, transparent, t);
  #endif
}
`;

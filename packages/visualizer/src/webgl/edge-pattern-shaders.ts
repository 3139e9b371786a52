/**
 * GLSL of relcap's patterned edge: a quad from source to target (optionally clamped before the
 * target to leave room for sigma's arrow head) whose fragment shader keeps or discards pixels by
 * their distance along the edge (dashes and dots) and across it (zig-zag), in screen pixels, so
 * patterns keep their size at any zoom. Adapted from sigma 3.0's edge-clamped shaders (MIT).
 */

export const EDGE_PATTERN_VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;
attribute vec4 a_dash;
attribute float a_zigzag;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform vec2 u_resolution;

varying vec4 v_color;
varying float v_along;
varying float v_across;
varying float v_halfWidth;
varying float v_zigzag;
varying vec4 v_dash;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;

  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;

  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  // Screen pixels per WebGL unit (the camera matrix scales both axes alike).
  vec2 halfResolution = u_resolution * 0.5;
  float pixelsPerUnit = length((u_matrix * vec3(unitNormal, 0.0)).xy * halfResolution);

  // Leave room for the arrow head when the edge is clamped (a_radius > 0).
  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  float clampLength = abs(direction) * (webGLNodeRadius + webGLArrowHeadLength);
  vec2 compensation = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);

  // The quad is widened by the zig-zag amplitude so the zig-zag fits inside it.
  float webGLZigzag = a_zigzag / max(pixelsPerUnit, 1e-6);
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * (webGLThickness + webGLZigzag) + compensation, 1.0)).xy, 0.0, 1.0);

  vec2 startPx = (u_matrix * vec3(a_positionStart, 1.0)).xy * halfResolution;
  vec2 endPx = (u_matrix * vec3(a_positionEnd, 1.0)).xy * halfResolution;
  float lengthPx = max(length(endPx - startPx) - clampLength * pixelsPerUnit, 0.0);

  v_along = a_positionCoef * lengthPx;
  v_halfWidth = webGLThickness * pixelsPerUnit;
  v_across = a_normalCoef * (v_halfWidth + a_zigzag);
  v_zigzag = a_zigzag;
  v_dash = a_dash;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif

  v_color.a *= bias;
}
`;

export const EDGE_PATTERN_FRAGMENT_SHADER = /* glsl */ `
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif

varying vec4 v_color;
varying float v_along;
varying float v_across;
varying float v_halfWidth;
varying float v_zigzag;
varying vec4 v_dash;

uniform float u_feather;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
// Wavelength of the zig-zag in screen pixels.
const float ZIGZAG_PERIOD = 10.0;

// Distance along the line from t to the dash [a, b] (0 inside it).
float toDash(float t, float a, float b) {
  return max(max(a - t, t - b), 0.0);
}

void main(void) {
  // Distance from the centre line in pixels; for a zig-zag, from a triangle wave of amplitude v_zigzag.
  float across = abs(v_across);
  if (v_zigzag > 0.0) {
    float phase = fract(v_along / ZIGZAG_PERIOD);
    float centre = v_zigzag * (4.0 * abs(phase - 0.5) - 1.0);
    float slope = 4.0 * v_zigzag / ZIGZAG_PERIOD;
    across = abs(v_across - centre) / sqrt(1.0 + slope * slope);
  }

  // Dashes: on, off, on, off lengths in pixels along the edge; all zero = solid. Dashes get round
  // caps (as SVG's stroke-linecap: round), so a dash of ~0 length is a round dot.
  float along = 0.0;
  float period = v_dash.x + v_dash.y + v_dash.z + v_dash.w;
  if (period > 0.0) {
    float t = mod(v_along, period);
    float second = v_dash.x + v_dash.y;
    along = min(
      min(toDash(t, 0.0, v_dash.x), toDash(t, period, period + v_dash.x)),
      min(toDash(t, second, second + v_dash.z), toDash(t, second - period, second + v_dash.z - period))
    );
  }
  float dist = length(vec2(along, across));

  #ifdef PICKING_MODE
  if (dist > v_halfWidth) discard;
  gl_FragColor = v_color;
  #else
  float fade = smoothstep(v_halfWidth - u_feather, v_halfWidth + u_feather * 0.5, dist);
  if (fade >= 1.0) discard;
  gl_FragColor = mix(v_color, transparent, fade);
  #endif
}
`;

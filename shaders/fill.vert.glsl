#version 300 es
// Filled areas (land, lakes): triangles in projected km.
layout(location = 0) in vec2 a_pos;
uniform vec2 u_centre;
uniform float u_scale;
uniform vec2 u_resolution;
out vec2 v_px;
void main() {
  vec2 s = vec2(u_resolution.x * 0.5 + (a_pos.x - u_centre.x) * u_scale,
                u_resolution.y * 0.5 - (a_pos.y - u_centre.y) * u_scale);
  v_px = a_pos * 4.0;  // km-anchored coordinate for the paper grain, so it moves with the map
  gl_Position = vec4(s.x / u_resolution.x * 2.0 - 1.0, 1.0 - s.y / u_resolution.y * 2.0, 0.0, 1.0);
}

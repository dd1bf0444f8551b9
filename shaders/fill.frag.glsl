#version 300 es
// Filled areas: a flat colour with a faint paper grain anchored to the map.
precision highp float;
in vec2 v_px;
uniform vec4 u_color;
uniform float u_grain;
out vec4 frag;
float hash(vec2 p) { p = mod(floor(p), 256.0); return fract(sin(dot(p, vec2(12.9898, 78.233)) * 0.01) * 43758.5453); }
void main() {
  float g = (hash(v_px) - 0.5) * u_grain;
  frag = vec4(u_color.rgb + g, u_color.a);
}

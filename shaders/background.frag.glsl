#version 300 es
// Background: the sea as an aged-paper wash, slightly darker towards the edges.
precision highp float;
in vec2 v_uv;
uniform vec3 u_sea;
uniform vec2 u_resolution;
out vec4 frag;
// Grain: the argument is kept small, so the hash stays finite even where floats are 16-bit.
float hash(vec2 p) { p = mod(p, 256.0); return fract(sin(dot(p, vec2(12.9898, 78.233)) * 0.01) * 43758.5453); }
void main() {
  vec2 c = v_uv - 0.5;
  float vignette = 1.0 - 0.18 * dot(c, c) * 2.0;
  float grain = (hash(floor(v_uv * u_resolution)) - 0.5) * 0.012;
  frag = vec4(u_sea * vignette + grain, 1.0);
}

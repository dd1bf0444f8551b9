#version 300 es
// Background: the sea as an aged-paper wash with a faint grain; alpha 1 marks the sea for the cache's vignette.
precision highp float;
in vec2 v_uv;
uniform vec3 u_sea;
uniform vec2 u_resolution;
uniform float u_vignette;  // darker towards the edges when drawn straight to the screen; 0 into the cache
out vec4 frag;
// Grain: the argument is kept small, so the hash stays finite even where floats are 16-bit.
float hash(vec2 p) { p = mod(p, 256.0); return fract(sin(dot(p, vec2(12.9898, 78.233)) * 0.01) * 43758.5453); }
void main() {
  vec2 c = v_uv - 0.5;
  float vignette = 1.0 - u_vignette * 2.0 * dot(c, c);
  float grain = (hash(floor(v_uv * u_resolution)) - 0.5) * 0.012;
  frag = vec4(u_sea * vignette + grain, 1.0);
}

#version 300 es
// The cached base map with the paper's vignette: the cache's alpha is how much of the sea shows in a pixel,
// so taking that share of the sea's darkening gives what drawing the darker sea under the rest gave.
precision mediump float;
uniform sampler2D u_cache;
uniform vec3 u_sea;
uniform float u_vignette;  // how much darker the sea is in the corners
in highp vec2 v_uv;
in vec2 v_screen;
out vec4 frag;
void main() {
  vec4 c = texture(u_cache, v_uv);
  vec2 d = v_screen - 0.5;
  frag = vec4(c.rgb - u_sea * (u_vignette * 2.0 * dot(d, d) * c.a), 1.0);
}

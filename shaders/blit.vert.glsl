#version 300 es
// The cached base map: a full-screen strip whose texture coordinates place the cache under the view.
uniform vec4 u_uv;  // the screen's edges in the cache: left u, top v, right u, bottom v
out highp vec2 v_uv;
out vec2 v_screen;  // 0..1 across the screen, for the vignette
void main() {
  vec2 p = vec2(float(gl_VertexID % 2), float(gl_VertexID / 2));
  v_screen = p;
  v_uv = vec2(mix(u_uv.x, u_uv.z, p.x), mix(u_uv.w, u_uv.y, p.y));
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}

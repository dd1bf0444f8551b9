#version 300 es
// Background: a full-screen quad as a 4-vertex strip, no vertex buffer.
out vec2 v_uv;
void main() {
  vec2 p = vec2(float(gl_VertexID % 2), float(gl_VertexID / 2));
  v_uv = p;
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}

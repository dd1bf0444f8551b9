#version 300 es
// ImGui's triangles: the vertex colour, its alpha times the font atlas's coverage (a one-channel texture).
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_color;
out vec4 frag;
void main() { frag = vec4(v_color.rgb, v_color.a * texture(u_texture, v_uv).r); }

#version 300 es
// ImGui's triangles: the vertex colour times the font/texture atlas.
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_color;
out vec4 frag;
void main() { frag = v_color * texture(u_texture, v_uv); }

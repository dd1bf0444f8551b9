#version 300 es
// Thick lines: world positions in km, widened in screen pixels along a precomputed offset.
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_offset;
layout(location = 2) in float a_side;
layout(location = 3) in float a_along;
layout(location = 4) in float a_width;
layout(location = 5) in float a_time;  // the route: days since the campaign's start (small: a float keeps minutes)
uniform vec2 u_centre;      // view centre, km
uniform float u_scale;      // device pixels per km
uniform vec2 u_resolution;  // device pixels
uniform vec2 u_width;       // half width in px = u_width.x + a_width * u_width.y
uniform float u_aa;         // antialiasing fringe, px
uniform float u_time_cut;   // on a_time's clock; vertices later than this use u_future_width
uniform float u_future_width;
uniform float u_min_width;   // a non-zero width value is drawn at least this half width (px)
out float v_side_px;
out float v_half;
out float v_along_px;
out float v_time;
void main() {
  float half_w = max(u_width.x + a_width * u_width.y, 0.0);
  if (a_width > 0.0) half_w = max(half_w, u_min_width);
  if (a_time > u_time_cut) half_w = u_future_width;
  vec2 s = vec2(u_resolution.x * 0.5 + (a_pos.x - u_centre.x) * u_scale,
                u_resolution.y * 0.5 - (a_pos.y - u_centre.y) * u_scale);
  s += a_offset * (half_w + u_aa);
  v_side_px = a_side * (half_w + u_aa);
  v_half = half_w;
  v_along_px = a_along * u_scale;
  v_time = a_time;
  gl_Position = vec4(s.x / u_resolution.x * 2.0 - 1.0, 1.0 - s.y / u_resolution.y * 2.0, 0.0, 1.0);
}

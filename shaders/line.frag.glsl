#version 300 es
// Thick lines: antialiased edges; solid, dashed, or engraved water lines; past/future by time.
precision highp float;
in float v_side_px;
in float v_half;
in float v_along_px;
in float v_time;
uniform vec4 u_color;         // where v_time <= u_time_cut
uniform vec4 u_future_color;  // where v_time > u_time_cut
uniform float u_time_cut;
uniform int u_mode;           // 0 solid, 1 dashed, 2 water lines parallel to the centre line
uniform vec2 u_pattern;       // dashed: on/off px; water lines: spacing/thickness px
out vec4 frag;
void main() {
  float d = abs(v_side_px);
  float alpha = clamp(v_half + 0.5 - d, 0.0, 1.0);
  vec4 c = v_time <= u_time_cut ? u_color : u_future_color;
  if (u_mode == 1) {
    float period = u_pattern.x + u_pattern.y;
    float m = mod(v_along_px, period);
    alpha *= clamp(u_pattern.x - m + 0.5, 0.0, 1.0) * clamp(m + 0.5, 0.0, 1.0);
  } else if (u_mode == 2) {
    float k = d / u_pattern.x;
    float dist_to_line = abs(fract(k + 0.5) - 0.5) * u_pattern.x;
    alpha *= clamp(u_pattern.y * 0.5 + 0.5 - dist_to_line, 0.0, 1.0) * (1.0 - smoothstep(0.2, 1.0, d / max(v_half, 1.0)));
  }
  if (alpha <= 0.0) discard;
  frag = vec4(c.rgb, c.a * alpha);
}

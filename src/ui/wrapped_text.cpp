// Wrapped text whose lines never end inside a number: ImGui's wrap, with the break kept out of "5,000".
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/shell/line_breaks.h"
#include "ui/panel.h"

namespace atlas::ui {
namespace {

using Line = std::string_view;

// The lines of `text` at `width` in the current font: ImGui's word wrap (paragraphs at newlines, blanks at
// a line's start skipped, as ImGui renders), each break moved out of a number.
std::vector<Line> wrap_lines(std::string_view text, float width) {
  std::vector<Line> lines;
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t nl = text.find('\n', at);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::size_t s = at;
    do {
      const char* base = text.data();
      std::size_t brk = static_cast<std::size_t>(font->CalcWordWrapPositionA(scale, base + s, base + end, width) - base);
      brk = keep_numbers_whole(text.substr(0, end), s, brk);
      if (brk <= s) brk = s + 1;  // always progress
      std::size_t last = brk;
      while (last > s && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
      lines.push_back(text.substr(s, last - s));
      s = brk;
      while (s < end && (text[s] == ' ' || text[s] == '\t')) ++s;
    } while (s < end);
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return lines;
}

// The width ImGui's TextWrapped would wrap at here: the window's wrap position, or its content edge.
float wrap_width_here() {
  const float pos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
  return ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), pos < 0 ? 0.0f : pos);
}

}  // namespace

void wrapped_text(std::string_view text) {
  std::string joined;  // one block, as TextWrapped draws it: later lines start where the first did
  for (Line l : wrap_lines(text, wrap_width_here())) joined.append(joined.empty() ? "" : "\n").append(l);
  ImGui::TextUnformatted(joined.data(), joined.data() + joined.size());
}

float wrapped_text_height(std::string_view text, float width) {
  return static_cast<float>(wrap_lines(text, width).size()) * ImGui::GetTextLineHeight();
}

}  // namespace atlas::ui

// The `check` command: the loader's errors, the campaign's warnings and the characters no font shows.
#include "app_check.h"

#include <imgui.h>

#include <cstdio>
#include <vector>

#include "core/data/campaign_check.h"
#include "core/data/utf8.h"
#include "ui/fonts.h"

namespace atlas {
namespace {

// The characters of the campaign the faces and every chunk lack (a native build embeds them all).
std::vector<std::uint32_t> characters_without_glyphs(std::vector<std::uint32_t> code_points) {
  ImGuiContext* context = ImGui::CreateContext();
  ui::FontFaces faces;
  faces.set_characters(std::move(code_points));
  ui::Fonts fonts;
  std::string error;
  bool embedded_added = false;
  std::vector<std::uint32_t> missing;
  if (faces.build(fonts, 1.0f, error)) {
    faces.chunks_wanted(fonts, embedded_added);
    if (!embedded_added || faces.build(fonts, 1.0f, error)) missing = faces.unavailable(fonts);
  }
  if (!error.empty()) std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
  ImGui::DestroyContext(context);
  return missing;
}

// Where a character first occurs in the file: line and column (columns count characters).
void first_occurrence(const std::string& text, std::uint32_t code_point, int& line, int& column) {
  std::string bytes;
  append_utf8(bytes, code_point);
  const std::size_t at = text.find(bytes);
  line = 1, column = 1;
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else if (!is_utf8_continuation(static_cast<unsigned char>(text[i]))) ++column;
  }
}

std::vector<LoadError> glyph_warnings(const std::string& path, const std::string& text, const CheckReport& report) {
  std::vector<LoadError> out;
  for (std::uint32_t c : characters_without_glyphs(report.code_points)) {
    LoadError w{path, 0, 0, "", ""};
    first_occurrence(text, c, w.line, w.column);
    char code[48];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    std::string shown;
    append_utf8(shown, c);
    w.message = std::string("the fonts have no glyph for ") + code + " \"" + shown + "\": readers would see an empty box";
    out.push_back(w);
  }
  return out;
}

const char* plural(std::size_t n) { return n == 1 ? "" : "s"; }

}  // namespace

int run_check(const std::string& path) {
  std::string text;
  if (const std::string error = read_campaign_text(path, text); !error.empty()) {
    std::fprintf(stderr, "campaign-atlas: %s\n", error.c_str());
    return 66;
  }
  CheckReport report = check_campaign(text, path);
  for (const LoadError& e : report.errors) std::printf("%s\n", e.to_string().c_str());
  if (report.errors.empty()) {
    std::vector<LoadError> glyphs = glyph_warnings(path, text, report);
    report.warnings.insert(report.warnings.begin(), glyphs.begin(), glyphs.end());
  }
  for (LoadError& w : report.warnings) {
    w.field = w.field.empty() ? "warning" : "warning: " + w.field;
    std::printf("%s\n", w.to_string().c_str());
  }
  const std::size_t e = report.errors.size(), w = report.warnings.size();
  std::printf("%s: %zu error%s%s, %zu warning%s%s\n", path.c_str(), e, plural(e),
              e >= ReadContext::kMaxErrors ? " (the first 100)" : "", w, plural(w),
              e ? " (warnings are looked for once the file loads)" : "");
  return e ? 65 : 0;
}

}  // namespace atlas

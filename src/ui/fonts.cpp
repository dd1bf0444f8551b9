// Loads the embedded, subset EB Garamond faces into ImGui's atlas at the current pixel ratio.
#include "ui/fonts.h"

#include <imgui.h>

#include "core/data/embedded.h"

namespace atlas::ui {
namespace {

// Latin, Latin-1, Latin Extended-A (modern Turkish names), punctuation, arrows: as subset in
// cmake/fonts.cmake.
const ImWchar kRanges[] = {0x0020, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A, 0x2190, 0x2193,
                           0x2212, 0x2212, 0x2248, 0x2248, 0};

ImFont* add(const char* name, float px, std::string& error) {
  const EmbeddedFile* f = find_embedded(name);
  if (!f) { error = std::string("font missing from the build: ") + name; return nullptr; }
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the executable
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  ImFont* font = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(f->data),
                                                            static_cast<int>(f->size), px, &cfg, kRanges);
  if (!font) error = std::string("font could not be read: ") + name;
  return font;
}

}  // namespace

bool build_fonts(Fonts& fonts, float scale, std::string& error) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  Fonts f;
  f.body = add("fonts/garamond-regular.otf", 18.0f * scale, error);
  if (f.body) f.italic = add("fonts/garamond-italic.otf", 18.0f * scale, error);
  if (f.italic) f.heading = add("fonts/garamond-regular.otf", 23.0f * scale, error);
  if (f.heading) f.caps = add("fonts/garamond-regular.otf", 14.5f * scale, error);
  if (!f.caps || !atlas->Build()) {
    if (error.empty()) error = "the font atlas could not be built";
    atlas->Clear();
    atlas->AddFontDefault();
    return false;
  }
  fonts = f;
  return true;
}

}  // namespace atlas::ui

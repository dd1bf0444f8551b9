// Loads EB Garamond's built-in faces and any chunks merged into them into ImGui's atlas.
#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>

#include "core/data/embedded.h"

namespace atlas::ui {
namespace {

// What the UI's own strings use: Latin, Latin-1, Latin Extended-A, punctuation, arrows (cmake/fonts.cmake).
const ImWchar kUiRanges[] = {0x0020, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A, 0x2190, 0x2193,
                             0x2212, 0x2212, 0x2248, 0x2248, 0};

struct ChunkRanges {
  const char* name;
  ImWchar ranges[32];  // first, last, ..., 0
};
const ChunkRanges kChunks[] = {
#include "font_chunks.inc"
};

const ChunkRanges* chunk_for(std::uint32_t c) {
  for (const ChunkRanges& k : kChunks)
    for (int i = 0; k.ranges[i]; i += 2)
      if (c >= k.ranges[i] && c <= k.ranges[i + 1]) return &k;
  return nullptr;
}

ImFont* add_face(const unsigned char* data, std::size_t size, float px, const ImWchar* ranges, bool merge) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the executable or in FontFaces
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  cfg.MergeMode = merge;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px,
                                                    &cfg, ranges);
}

}  // namespace

void FontFaces::set_characters(std::vector<std::uint32_t> code_points) {
  characters_ = std::move(code_points);
  ranges_.clear();
  for (int i = 0; kUiRanges[i]; ++i) ranges_.push_back(kUiRanges[i]);
  for (std::uint32_t c : characters_)
    if (c >= 0x20 && c <= 0xFFFF) ranges_.push_back(static_cast<ImWchar>(c)), ranges_.push_back(static_cast<ImWchar>(c));
  ranges_.push_back(0);
}

bool FontFaces::add_chunk(const std::string& name, std::vector<unsigned char> regular, std::vector<unsigned char> italic) {
  const bool known = std::any_of(std::begin(kChunks), std::end(kChunks), [&](const ChunkRanges& k) { return name == k.name; });
  if (!known || regular.empty() || italic.empty()) return false;
  chunks_.erase(std::remove_if(chunks_.begin(), chunks_.end(), [&](const Chunk& c) { return c.name == name; }), chunks_.end());
  chunks_.push_back({name, std::move(regular), std::move(italic)});
  return true;
}

// One face at `px`: the built-in style, then every loaded chunk's, merged into it.
bool FontFaces::add(Fonts& f, float scale) {
  if (ranges_.empty()) set_characters({});
  struct Size { ImFont** slot; const char* style; float px; };
  const Size sizes[] = {{&f.body, "regular", 18.0f}, {&f.italic, "italic", 18.0f},
                        {&f.heading, "regular", 23.0f}, {&f.caps, "regular", 14.5f}};
  for (const Size& s : sizes) {
    const bool italic = std::strcmp(s.style, "italic") == 0;
    const EmbeddedFile* base = find_embedded(italic ? "fonts/garamond-italic.otf" : "fonts/garamond-regular.otf");
    if (!base) return false;
    *s.slot = add_face(base->data, base->size, s.px * scale, ranges_.data(), false);
    if (!*s.slot) return false;
    for (const Chunk& c : chunks_) {
      const std::vector<unsigned char>& bytes = italic ? c.italic : c.regular;
      if (!add_face(bytes.data(), bytes.size(), s.px * scale, ranges_.data(), true)) return false;
    }
  }
  return true;
}

bool FontFaces::build(Fonts& fonts, float scale, std::string& error) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  Fonts f;
  if (!add(f, scale) || !atlas->Build()) {
    error = "the fonts could not be read or the font atlas built";
    atlas->Clear();
    atlas->AddFontDefault();
    return false;
  }
  fonts = f;
  return true;
}

std::vector<std::string> FontFaces::chunks_wanted(const Fonts& fonts, bool& added_embedded) {
  std::vector<std::string> wanted;
  added_embedded = false;
  for (std::uint32_t c : characters_) {
    const ChunkRanges* k = fonts.body && c <= 0xFFFF && !fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)) ? chunk_for(c) : nullptr;
    if (!k || std::any_of(chunks_.begin(), chunks_.end(), [&](const Chunk& x) { return x.name == k->name; }) ||
        std::find(wanted.begin(), wanted.end(), k->name) != wanted.end())
      continue;
    const EmbeddedFile* r = find_embedded((std::string("fonts/") + k->name + "-regular.otf").c_str());
    const EmbeddedFile* i = find_embedded((std::string("fonts/") + k->name + "-italic.otf").c_str());
    if (r && i) added_embedded |= add_chunk(k->name, {r->data, r->data + r->size}, {i->data, i->data + i->size});
    else wanted.push_back(k->name);
  }
  return wanted;
}

std::vector<std::uint32_t> FontFaces::unavailable(const Fonts& fonts) const {
  std::vector<std::uint32_t> out;
  for (std::uint32_t c : characters_) {
    if (c < 0x20) continue;
    const bool shown = fonts.body && c <= 0xFFFF && fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c));
    if (!shown && (!chunk_for(c) || std::any_of(chunks_.begin(), chunks_.end(), [&](const Chunk& x) { return x.name == chunk_for(c)->name; })))
      out.push_back(c);
  }
  return out;
}

}  // namespace atlas::ui

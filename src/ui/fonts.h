// The atlas' fonts: EB Garamond's built-in faces plus the chunks a campaign's characters need,
// rasterised at the device pixel ratio.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

struct ImFont;

namespace atlas::ui {

struct Fonts {
  ImFont* body = nullptr;     // running text
  ImFont* italic = nullptr;   // titles of works, uncertain notes
  ImFont* heading = nullptr;  // panel headings
  ImFont* caps = nullptr;     // small text: map labels, table headers
};

// The faces' bytes and the characters to rasterise. The built-in faces are embedded; a chunk
// (cmake/fonts.cmake's FONT_CHUNKS: "latin", "latin-ext", "greek") is embedded natively and fetched
// by the page on the web, then handed over with add_chunk.
class FontFaces {
 public:
  // The campaign's characters (ascending code points), rasterised besides the UI's own ranges.
  void set_characters(std::vector<std::uint32_t> code_points);
  // A chunk's two styles (kept for the atlas' lifetime). False if no chunk has that name.
  bool add_chunk(const std::string& name, std::vector<unsigned char> regular, std::vector<unsigned char> italic);
  // (Re)builds ImGui's font atlas for `scale` device pixels per CSS pixel. Call before the renderer
  // creates the font texture, or rebuild that texture afterwards.
  bool build(Fonts& fonts, float scale, std::string& error);
  // After a build: the chunks that hold characters the faces lack and that are not loaded yet
  // (embedded ones are loaded at once and left out: build again), and the characters no chunk has.
  std::vector<std::string> chunks_wanted(const Fonts& fonts, bool& added_embedded);
  std::vector<std::uint32_t> unavailable(const Fonts& fonts) const;

 private:
  struct Chunk {
    std::string name;
    std::vector<unsigned char> regular, italic;
  };
  std::vector<Chunk> chunks_;
  std::vector<std::uint32_t> characters_;
  std::vector<unsigned short> ranges_;  // ImGui glyph ranges: the UI's and the characters'
  bool add(Fonts& f, float scale);
};

}  // namespace atlas::ui

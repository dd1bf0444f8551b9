// Breaks a text field's lines at blanks, and tells those soft breaks apart from the author's own after an edit.
#include "core/shell/soft_wrap.h"

#include <algorithm>

namespace atlas {

std::size_t SoftWrapped::lines() const { return static_cast<std::size_t>(std::count(shown.begin(), shown.end(), '\n')) + 1; }

SoftWrapped soft_wrap(std::string_view text, float width, const MeasureText& measure) {
  SoftWrapped w{std::string(text), std::vector<bool>(text.size(), false)};
  constexpr std::size_t kNone = std::string_view::npos;
  std::size_t line = 0, blank = kNone;  // where the line starts; the last blank after a word that may end it
  bool word_seen = false;               // a word on this line before that blank
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size() || text[i] == ' ' || text[i] == '\n';
    if (end && i > line && text[i - 1] != ' ' && blank != kNone && measure(text.substr(line, i - line)) > width) {
      w.shown[blank] = '\n', w.soft[blank] = true;  // the word that ends here starts the next line
      line = blank + 1, blank = kNone, word_seen = true;
    }
    if (i == text.size()) break;
    if (text[i] == '\n') line = i + 1, blank = kNone, word_seen = false;
    else if (text[i] == ' ' && word_seen) blank = i;
    else if (text[i] != ' ') word_seen = true;
  }
  return w;
}

std::string unwrapped(const SoftWrapped& w) {
  std::string text = w.shown;
  for (std::size_t i = 0; i < text.size() && i < w.soft.size(); ++i)
    if (w.soft[i]) text[i] = ' ';
  return text;
}

SoftWrapped carry_soft_breaks(const SoftWrapped& before, std::string_view edited, std::size_t cursor) {
  const std::string_view old = before.shown;
  const std::size_t shortest = std::min(old.size(), edited.size());
  cursor = std::min(cursor, edited.size());
  // The unchanged start: no further than where the stretch typed before the cursor began.
  const std::size_t grown = edited.size() > old.size() ? edited.size() - old.size() : 0;
  std::size_t prefix = 0;
  while (prefix < shortest && old[prefix] == edited[prefix]) ++prefix;
  prefix = std::min(prefix, cursor >= grown ? cursor - grown : 0);
  // The unchanged end: after the cursor, and not into the start.
  std::size_t suffix = 0;
  const std::size_t most = std::min({shortest - prefix, edited.size() - cursor});
  while (suffix < most && old[old.size() - 1 - suffix] == edited[edited.size() - 1 - suffix]) ++suffix;
  SoftWrapped out{std::string(edited), std::vector<bool>(edited.size(), false)};
  for (std::size_t i = 0; i < prefix; ++i) out.soft[i] = before.soft[i];
  for (std::size_t k = 1; k <= suffix; ++k) out.soft[edited.size() - k] = before.soft[old.size() - k];
  return out;
}

}  // namespace atlas

// Soft wrap for a text field whose widget has none (ImGui 1.86's InputTextMultiline scrolls one long line
// sideways): the text shown with its lines broken at blanks, each break a '\n' in the blank's place, so the
// shown text is exactly as long as the text and every cursor position stays valid. Pure.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace atlas {

struct SoftWrapped {
  std::string shown;       // the text, a '\n' in place of each blank a line breaks at
  std::vector<bool> soft;  // per byte of `shown`: true for a '\n' that stands for a blank (not the author's own)
  std::size_t lines() const;
};

using MeasureText = std::function<float(std::string_view)>;  // a line's width in the field's font

// `text` wrapped at `width`: each line as many words as fit (a word wider than the field stays whole on a
// line of its own), broken only at blanks; the author's line breaks are kept and start new lines.
SoftWrapped soft_wrap(std::string_view text, float width, const MeasureText& measure);

// The text `w` shows: its soft breaks blanks again.
std::string unwrapped(const SoftWrapped& w);

// After one edit turned `before.shown` into `edited` (one stretch replaced, ending at `cursor`, as typing,
// deleting and pasting do): the soft breaks of the text before and after that stretch are kept, and
// whatever was typed in it, line breaks too, is the author's own.
SoftWrapped carry_soft_breaks(const SoftWrapped& before, std::string_view edited, std::size_t cursor);

}  // namespace atlas

// Where a wrapped line may end: never inside a number ("5,000 lb", "II.14"), which ImGui 1.86 breaks
// after any comma or full stop.
#pragma once
#include <cstddef>
#include <string_view>

namespace atlas {

// `proposed` is where a line that began at `line_start` would break (the first character of the next
// line). If that splits a number or a citation at its separator ("5," | "000", "II." | "14": a comma
// or full stop between a letter or digit and a digit), the break moves back to the blank
// before the number; a number that is the line's first word keeps the proposed break.
std::size_t keep_numbers_whole(std::string_view text, std::size_t line_start, std::size_t proposed);

}  // namespace atlas

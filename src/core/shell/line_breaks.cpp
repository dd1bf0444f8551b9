// Moves a line break out of a number back to the blank before it.
#include "core/shell/line_breaks.h"

namespace atlas {
namespace {
bool digit(char c) { return c >= '0' && c <= '9'; }
bool alnum(char c) { return digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool blank(char c) { return c == ' ' || c == '\t'; }
}  // namespace

std::size_t keep_numbers_whole(std::string_view t, std::size_t line_start, std::size_t proposed) {
  if (proposed < line_start + 2 || proposed >= t.size()) return proposed;
  const char sep = t[proposed - 1];
  if ((sep != ',' && sep != '.') || !alnum(t[proposed - 2]) || !digit(t[proposed])) return proposed;
  std::size_t b = proposed - 1;  // back to the blank before the number
  while (b > line_start && !blank(t[b - 1])) --b;
  return b > line_start ? b : proposed;
}

}  // namespace atlas

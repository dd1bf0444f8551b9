// Formats amounts and counts with thousands separators, without printf's locale dependence.
#include "core/story/amount_text.h"

#include <cmath>

namespace atlas {
namespace {

// Whole part with optional thousands commas, and up to two decimals, from a rounded value.
std::string format_number(double value, bool group_thousands) {
  const bool negative = value < 0;
  const long long hundredths = std::llround(std::fabs(value) * 100.0);
  std::string whole = std::to_string(hundredths / 100);
  if (group_thousands) {
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<std::size_t>(i), ",");
  }
  std::string out = (negative && hundredths != 0 ? "-" : "") + whole;
  const long long frac = hundredths % 100;
  if (frac != 0) {
    out += '.';
    out += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
  }
  return out;
}

}  // namespace

std::string format_pounds(double lb) { return format_number(lb, true); }
std::string plain_number(double value) { return format_number(value, false); }

std::string describe_amount(const Amount& a) {
  if (!a.present) return "";
  if (!a.known) return a.has_metal ? std::string("unknown amount of ") + to_string(a.metal) : "amount unknown";
  std::string out = format_pounds(a.lb) + " lb";
  if (a.has_metal) out += std::string(" ") + to_string(a.metal);
  if (a.uncertain) out += " (uncertain)";
  return out;
}

std::string describe_count(const Count& c) {
  if (!c.present) return "";
  return c.known ? format_pounds(static_cast<double>(c.value)) : "unknown";
}

}  // namespace atlas

// Hex digits, locale-free decimal and integer parsing (and fixed-point writing), and the id rule.
#include "core/data/text_parse.h"

#include <algorithm>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace atlas {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// sig * 10^exp10, exact when both fit the fast path (every number in our data files does).
double scale_by_power_of_ten(std::uint64_t sig, long exp10) {
  static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (sig == 0) return 0.0;
  if (sig <= (std::uint64_t{1} << 53) && exp10 >= -22 && exp10 <= 22) {
    const double m = static_cast<double>(sig);
    return exp10 >= 0 ? m * kPow10[exp10] : m / kPow10[-exp10];
  }
  if (exp10 > 400) return HUGE_VAL;
  if (exp10 < -400) return 0.0;
  return static_cast<double>(static_cast<long double>(sig) *
                             std::pow(10.0L, static_cast<long double>(exp10)));
}

// The significand's digits: at most 19 significant ones are kept, later integer digits only scale.
struct Significand {
  std::uint64_t sig = 0;
  long exp10 = 0;
  int sig_digits = 0;
  int digits = 0;
  void take(char c, bool fraction) {
    const int d = c - '0';
    ++digits;
    if (sig_digits < 19) {
      if (sig != 0 || d != 0) ++sig_digits;
      sig = sig * 10 + static_cast<std::uint64_t>(d);
      if (fraction) --exp10;
    } else if (!fraction) {
      ++exp10;
    }
  }
};

}  // namespace

int hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool parse_hex(std::string_view digits, std::uint32_t& out) {
  if (digits.empty() || digits.size() > 8) return false;
  std::uint32_t v = 0;
  for (char c : digits) {
    const int d = hex_digit_value(c);
    if (d < 0) return false;
    v = v * 16 + static_cast<std::uint32_t>(d);
  }
  out = v;
  return true;
}

bool parse_decimal(std::string_view s, double& out) {
  std::size_t i = 0;
  const bool negative = i < s.size() && s[i] == '-';
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  Significand m;
  while (i < s.size() && is_digit(s[i])) m.take(s[i++], false);
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) m.take(s[i++], true);
  }
  if (m.digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    const bool exp_negative = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (i == s.size()) return false;
    long e = 0;
    for (; i < s.size() && is_digit(s[i]); ++i) e = std::min(e * 10 + (s[i] - '0'), 100000L);
    m.exp10 += exp_negative ? -e : e;
  }
  if (i != s.size()) return false;
  const double magnitude = scale_by_power_of_ten(m.sig, m.exp10);
  if (!std::isfinite(magnitude)) return false;
  out = negative ? -magnitude : magnitude;
  return true;
}

std::string format_fixed(double value, int decimals) {
  const int n = std::snprintf(nullptr, 0, "%.*f", decimals, value);
  if (n <= 0) return "0";
  std::string out(static_cast<std::size_t>(n), '\0');
  std::snprintf(&out[0], out.size() + 1, "%.*f", decimals, value);
  const std::string_view point = std::localeconv()->decimal_point;  // "," in de_DE, for instance
  if (point != "." && !point.empty()) {
    const std::size_t at = out.find(point);
    if (at != std::string::npos) out.replace(at, point.size(), ".");
  }
  return out;
}

bool parse_integer(std::string_view s, long long& out) {
  long long v = 0;
  const char* end = s.data() + s.size();
  const auto r = std::from_chars(s.data(), end, v);
  if (s.empty() || r.ec != std::errc() || r.ptr != end) return false;
  out = v;
  return true;
}

bool is_valid_id(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '-' || c == '_')) return false;
  }
  return s.front() != '-' && s.front() != '_';
}

bool is_web_link(std::string_view s) {
  const std::string_view https = "https://", http = "http://";
  const std::size_t scheme = s.substr(0, https.size()) == https ? https.size() : s.substr(0, http.size()) == http ? http.size() : 0;
  if (scheme == 0 || s.size() <= scheme || s.size() > 2000 || s[scheme] == '/') return false;
  for (char c : s)
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == 127) return false;
  return true;
}

}  // namespace atlas

// Small parsers written once: hex digits, locale-free numbers (and their fixed-point writer) and ids,
// shared by the JSON reader and writer, the campaign loader, the URL parameters and the command line.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace atlas {

// 0..15 for '0'-'9', 'a'-'f', 'A'-'F'; -1 for anything else.
int hex_digit_value(char c);
// All of `digits` (one to eight hex digits, no prefix) as a number: "1a2B3c" -> 0x1A2B3C.
bool parse_hex(std::string_view digits, std::uint32_t& out);

// A decimal number, all of `text`, read the same whatever the C locale (LC_NUMERIC) says: an optional
// sign, digits with an optional '.' (at least one digit: "5", "-0.25", ".5", "5."), an optional
// exponent ("1e-3"). No spaces, hex, "inf" or "nan"; false also when the value is not finite.
// Correctly rounded when the significant digits fit in 2^53 and the power of ten is within ±22 (every
// number in our files and links); beyond 19 significant digits the rest are dropped.
bool parse_decimal(std::string_view text, double& out);
// `value` with `decimals` digits after a '.' (as "%.*f" in the C locale, whatever the locale is).
std::string format_fixed(double value, int decimals);

// A whole number in base 10, all of `text`: an optional '-', then digits; false when it overflows.
bool parse_integer(std::string_view text, long long& out);

// An id in data files and links: 1 to 64 of lowercase letters, digits, '-' and '_', starting with a
// letter or digit ("seleucia-pieria", "sack_1").
bool is_valid_id(std::string_view text);

// A link a reader may follow: https:// or http:// then a host, no blanks or control characters, at most
// 2,000 characters (never javascript:, data: or a file).
bool is_web_link(std::string_view text);

}  // namespace atlas

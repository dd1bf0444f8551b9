// UTF-8 once: the strict decoder the JSON parser and the geography reader share, and the encoder.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace atlas {

// True for the bytes that continue a character (10xxxxxx): a character boundary is anywhere else.
inline bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes the character starting at s[i]: returns its length in bytes (1 to 4) and sets `code_point`,
// or returns 0 when the bytes there are not UTF-8 (a stray continuation byte, a truncated sequence,
// overlong forms, surrogates, code points above U+10FFFF). i must be less than s.size().
std::size_t decode_utf8(std::string_view s, std::size_t i, std::uint32_t& code_point);

// True if all of `s` is UTF-8 by decode_utf8's rules (control characters are allowed).
bool is_utf8(std::string_view s);

// Appends the UTF-8 form of a code point (at most U+10FFFF, not a surrogate).
void append_utf8(std::string& out, std::uint32_t code_point);

}  // namespace atlas

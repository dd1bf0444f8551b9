// UTF-8 once: the strict decoder the JSON parser and the geography reader share, the encoder, and the
// safe quoting of any value in a message.
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

// True for the characters no text of ours may hold: C0 controls except line feed, DEL and C1 controls
// (a NUL cuts a C string short, an ESC drives a terminal).
bool is_forbidden_control(std::uint32_t code_point);

// `s` as a message quotes it, in double quotes, at most `max_chars` characters then "…": controls,
// quotes and backslashes escaped (\u001B), bytes that are not UTF-8 as \xFF. With `ascii_only` (for
// text that may end up in markup) every byte outside printable ASCII, and < > &, is written \xNN.
std::string quoted(std::string_view s, bool ascii_only = false, std::size_t max_chars = 40);

// Appends the UTF-8 form of a code point (at most U+10FFFF, not a surrogate).
void append_utf8(std::string& out, std::uint32_t code_point);

}  // namespace atlas

// Strict UTF-8 decoding (RFC 3629) and encoding, and values quoted safely for messages.
#include "core/data/utf8.h"

#include <cstdio>

namespace atlas {

std::size_t decode_utf8(std::string_view s, std::size_t i, std::uint32_t& code_point) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char lead = byte(0);
  std::size_t n = 0;
  std::uint32_t min = 0, cp = 0;
  if (lead < 0x80) { code_point = lead; return 1; }
  if (lead >= 0xC2 && lead <= 0xDF) { n = 2; min = 0x80; cp = lead & 0x1F; }
  else if (lead >= 0xE0 && lead <= 0xEF) { n = 3; min = 0x800; cp = lead & 0x0F; }
  else if (lead >= 0xF0 && lead <= 0xF4) { n = 4; min = 0x10000; cp = lead & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if (!is_utf8_continuation(byte(k))) return 0;
    cp = (cp << 6) | (byte(k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  code_point = cp;
  return n;
}

bool is_utf8(std::string_view s) {
  std::uint32_t cp = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = decode_utf8(s, i, cp);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

bool is_forbidden_control(std::uint32_t cp) {
  return (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F);
}

namespace {

void append_escaped(std::string& out, const char* format, unsigned value) {
  char buf[12];
  std::snprintf(buf, sizeof buf, format, value);
  out += buf;
}

bool plain_ascii(unsigned char c, bool ascii_only) {
  if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return false;
  return !ascii_only || (c != '<' && c != '>' && c != '&');
}

}  // namespace

std::string quoted(std::string_view s, bool ascii_only, std::size_t max_chars) {
  std::string out = "\"";
  std::size_t i = 0, shown = 0;
  for (; i < s.size() && shown < max_chars; ++shown) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = 0;
    const std::size_t n = ascii_only ? 1 : decode_utf8(s, i, cp);
    if (plain_ascii(c, ascii_only)) out += static_cast<char>(c);
    else if (ascii_only || n == 0) append_escaped(out, "\\x%02X", c);
    else if (cp == '"' || cp == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (cp < 0x20 || is_forbidden_control(cp)) append_escaped(out, "\\u%04X", cp);
    else out.append(s.substr(i, n));
    i += n == 0 ? 1 : n;
  }
  if (i < s.size()) out += "…";
  return out + "\"";
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace atlas

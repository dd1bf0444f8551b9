// Unit tests of the text fields' soft wrap: a long summary read and edited in a narrow field without sideways
// scrolling, the author's own line breaks kept apart from the wrap's.
#include <doctest/doctest.h>

#include <string>

#include "core/shell/soft_wrap.h"

using namespace atlas;

namespace {

const MeasureText kChars = [](std::string_view s) { return static_cast<float>(s.size()); };  // one unit a character

// Every line of `shown` at most `width` characters, unless it is a single word.
bool fits(const std::string& shown, float width) {
  std::size_t start = 0;
  while (start <= shown.size()) {
    const std::size_t end = std::min(shown.find('\n', start), shown.size());
    const std::string_view line(shown.data() + start, end - start);
    if (line.size() > width && line.find(' ') != std::string_view::npos) return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

TEST_CASE("a 300-character summary wraps to the field's width and reads back unchanged") {
  std::string summary;
  while (summary.size() < 300) summary += "The army crossed the Euphrates at Zeugma and marched south along the river. ";
  summary.resize(300);
  const SoftWrapped w = soft_wrap(summary, 34, kChars);  // a phone's field: about 34 characters a line
  CHECK(w.shown.size() == summary.size());
  CHECK(w.lines() >= 9);
  CHECK(fits(w.shown, 34));
  CHECK(unwrapped(w) == summary);
  CHECK(w.shown.find("\n") != std::string::npos);
  CHECK(soft_wrap(summary, 1000, kChars).lines() == 1);  // wide enough: one line
}

TEST_CASE("soft wrap breaks only at blanks, keeps the author's line breaks and long words whole") {
  const SoftWrapped w = soft_wrap("one two three\nfour five", 8, kChars);
  CHECK(w.shown == "one two\nthree\nfour\nfive");
  CHECK(unwrapped(w) == "one two three\nfour five");
  CHECK_FALSE(w.soft[13]);  // the author's break
  CHECK(w.soft[7]);
  const SoftWrapped url = soft_wrap("see https://example.org/a/very/long/path here", 10, kChars);
  CHECK(url.shown == "see\nhttps://example.org/a/very/long/path\nhere");
  CHECK(soft_wrap("a  b", 2, kChars).shown == "a \nb");  // the last blank breaks; the other stays at the line's end
  CHECK(soft_wrap("", 5, kChars).lines() == 1);
  CHECK(soft_wrap("   leading", 4, kChars).shown == "   leading");  // no empty first line
}

TEST_CASE("after an edit the soft breaks around it are kept and what was typed is the author's") {
  const SoftWrapped w = soft_wrap("one two three", 8, kChars);  // "one two\nthree"
  // Typing "x" at the start of the second line.
  SoftWrapped typed = carry_soft_breaks(w, "one two\nxthree", 9);
  CHECK(unwrapped(typed) == "one two xthree");
  // A line break typed right after the soft one: the author's, kept as a line break.
  typed = carry_soft_breaks(w, "one two\n\nthree", 9);
  CHECK(unwrapped(typed) == "one two \nthree");
  // ... and typed right before it.
  typed = carry_soft_breaks(w, "one two\n\nthree", 8);
  CHECK(unwrapped(typed) == "one two\n three");
  // Backspace at the start of the second line deletes the blank the soft break stood for.
  typed = carry_soft_breaks(w, "one twothree", 7);
  CHECK(unwrapped(typed) == "one twothree");
  // A paste over "two": its line breaks are the author's.
  typed = carry_soft_breaks(w, "one 2\n2\nthree", 7);
  CHECK(unwrapped(typed) == "one 2\n2 three");
  // Wrapped again after the edit, the text is the same.
  CHECK(unwrapped(soft_wrap(unwrapped(typed), 8, kChars)) == unwrapped(typed));
}

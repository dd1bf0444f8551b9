#!/usr/bin/env python3
"""Writes the page shell without its comments and indentation (2 KB less gzipped): whole-line // and HTML
comments, /* */ comments, // comments after code and each line's leading blanks go; web/index.html is the one to read.
Usage: strip_page.py IN.html OUT.html"""
import re
import sys


def trailing(line: str) -> str:
    """Drops a `// comment` after code that ends in ; { } , or ), unless a quote before it is open."""
    m = re.search(r"([;{},)])[ \t]+//[ \t].*$", line)
    if not m:
        return line
    code = line[:m.start(1) + 1]
    return line if code.count("'") % 2 or code.count('"') % 2 or "`" in code else code


def strip(page: str) -> str:
    page = re.sub(r"^[ \t]*<!--(?:(?!-->).)*-->[ \t]*\n", "", page, flags=re.M)  # a comment alone on its line
    page = re.sub(r"^[ \t]*//.*\n", "", page, flags=re.M)  # a script comment alone on its line
    page = re.sub(r"/\*.*?\*/", "", page, flags=re.S)      # CSS (and block) comments
    page = "\n".join(trailing(line) for line in page.split("\n"))
    return re.sub(r"^[ \t]+", "", page, flags=re.M)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        text = strip(f.read())
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)

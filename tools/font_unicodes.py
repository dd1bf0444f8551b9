# Lists the code points the web build can show, for `pyftsubset --unicodes-file` (cmake/fonts.cmake).
# The web build only shows the built-in campaign and the UI's own strings, so its fonts need printable
# ASCII plus the other characters found in the embedded campaign files and in src/ (UTF-8 text or
# "\xE2\x80\x93"-style escapes in C++ literals). The native build (--campaign FILE) keeps the full set.
# Usage: python3 tools/font_unicodes.py OUT CAMPAIGN.json... -- SOURCE...
import json, re, sys

out, args = sys.argv[1], sys.argv[2:]
split = args.index('--') if '--' in args else len(args)
chars = {chr(c) for c in range(0x20, 0x7F)}


def strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for k, x in v.items():
            yield k
            yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)


for path in args[:split]:
    with open(path, encoding='utf-8-sig') as f:
        for s in strings(json.load(f)):
            chars.update(s)
for path in args[split + 1:]:
    with open(path, encoding='utf-8') as f:
        text = f.read()
    chars.update(text)
    for run in re.findall(r'(?:\\x[0-9A-Fa-f]{2})+', text):  # byte escapes spelling UTF-8
        chars.update(bytes.fromhex(run.replace('\\x', '')).decode('utf-8', 'ignore'))
codes = sorted(ord(c) for c in chars if ord(c) >= 0x20 and ord(c) not in (0x7F, 0xFEFF))
text = ','.join('U+%04X' % c for c in codes) + '\n'
try:
    with open(out, encoding='ascii') as f:
        if f.read() == text:
            sys.exit(0)  # unchanged: keep the timestamp, the fonts need not be subset again
except OSError:
    pass
with open(out, 'w', encoding='ascii') as f:
    f.write(text)

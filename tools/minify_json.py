# Writes a JSON file without its indentation (the built-in campaign is embedded so; the source keeps it for authors).
#   python3 tools/minify_json.py IN.json OUT.json
import json, sys

with open(sys.argv[1], encoding='utf-8') as f:
    doc = json.load(f)  # keys keep their order; duplicate keys would be lost, but the loader's tests reject them in the source
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    json.dump(doc, f, ensure_ascii=False, separators=(',', ':'))

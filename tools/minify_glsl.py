# Writes a GLSL ES shader without comments, indentation or blank lines (the web build embeds them so: 0.6 KB
# less gzipped; the native build keeps the sources, whose line numbers its compile errors name).
#   python3 tools/minify_glsl.py IN.glsl OUT.glsl
import re, sys

with open(sys.argv[1], encoding='utf-8') as f:
    text = f.read()
text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)  # GLSL has no strings: a comment is always one
text = re.sub(r'//[^\n]*', '', text)
lines = [line.strip() for line in text.split('\n')]
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    f.write('\n'.join(line for line in lines if line) + '\n')  # one statement or directive a line, as written

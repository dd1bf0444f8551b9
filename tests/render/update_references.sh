#!/usr/bin/env bash
# Rewrites tests/render/reference/*.png from the current native build, then checks the render tests pass.
# Use it when the map changes on purpose; look at the new images (and `git diff --stat`) before committing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
cmake --preset native >/dev/null
cmake --build --preset native
cd build/native
ATLAS_UPDATE_REFERENCES=1 ctest --output-on-failure -R '^render_ref_'
ctest --output-on-failure -R '^render_'
du -ch "$root"/tests/render/reference/*.png | tail -1

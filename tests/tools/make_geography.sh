#!/usr/bin/env bash
# The geography tool on a small campaign in Spain: frame from the campaign, the Tagus named, the
# Iberian dam lakes removed and reported, a far place reported off the map, provenance written,
# and a file the app's decoder reads (checked by the unit test binary's geography loader).
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
passed=0 failed=0
check() {  # description, then a command that must succeed
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); echo "ok - $what"; else failed=$((failed + 1)); echo "not ok - $what"; fi
}
cp "$root/tests/tools/tagus-raid.json" "$out/"
"$root/tools/make-geography" "$out/tagus-raid.json" >"$out/log" 2>&1
status=$?
cat "$out/log"
check "the tool succeeds" test "$status" = 0
check "the file is written beside the campaign" test -s "$out/tagus-raid.geo.bin"
check "its provenance too" grep -q 'GSHHG 2.3.7' "$out/tagus-raid.geo.md"
check "the frame comes from the campaign, with a margin, and holds it fitted from 1:2 to 2.6:1" grep -q 'frame -7..-1.5E, 37.5..42.25N' "$out/log"
check "an inland frame is land, not sea" grep -qE '^land: [1-9]' "$out/log"
check "the Tagus is found and named" grep -qE '^rivers: .*named: .*Tagus' "$out/log"
check "Iberian dam lakes are removed and reported" grep -qE '^removed lakes: .*dam lakes of the Iberian peninsula \([1-9]' "$out/log"
check "a place far outside is reported off the map" grep -q 'off the map (outside the frame): place far' "$out/log"
check "the file starts with the format's magic and version 3" bash -c "head -c 6 '$out/tagus-raid.geo.bin' | od -An -tx1 | grep -q '41 47 45 4f 03 00'"
check "the app's decoder reads it" env ATLAS_GEOGRAPHY_FILE="$out/tagus-raid.geo.bin" \
  "$root/build/native/tests/atlas_unit_tests" -tc='geography format: a file the tool wrote*'
gz=$(gzip -9 -c "$out/tagus-raid.geo.bin" | wc -c)
check "small: $gz bytes gzipped (at most 60000)" test "$gz" -le 60000
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

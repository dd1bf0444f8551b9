#!/usr/bin/env bash
# Soak test: plays the whole campaign many times offscreen, under ASan + LeakSanitizer, then checks the heap.
# Usage: tests/soak/run.sh [PASSES]   (default 20; a pass is a whole paced tour, ~400 frames). Ends with "N passed, N failed" (two tests):
#   leaks  build/native-asan: PASSES passes, LSan at exit, ASan/UBSan throughout (tests/soak/lsan.supp).
#   heap   build/native: 8 passes; the heap in use (mallinfo2) after the last pass must not exceed the
#          first pass's by more than 64 KiB. Under ASan mallinfo2 reads 0, so this check needs the plain build.
# Needs the native and native-asan presets built (tools/test builds them first).
set -uo pipefail
passes="${1:-20}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/build/soak"
mkdir -p "$out"
xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")
passed=0 failed=0

if ! cc -shared -fPIC -O2 -o "$out/keep_loaded.so" tests/soak/keep_loaded.c; then
  echo "soak: could not build tests/soak/keep_loaded.c"; echo "0 passed, 2 failed"; exit 1
fi

run() {  # name, then the command; its output goes to build/soak/NAME.log
  local name="$1"; shift
  local log="$out/$name.log" start=$SECONDS rc
  "$@" >"$log" 2>&1
  rc=$?
  local summary; summary=$(grep -E '^soak:' "$log" | tail -1)
  if [ "$rc" -eq 0 ] && [ -n "$summary" ]; then
    passed=$((passed + 1)); echo "ok   $name ($((SECONDS - start)) s): ${summary#soak: }"
  else
    failed=$((failed + 1)); echo "FAIL $name: exit $rc after $((SECONDS - start)) s; last lines of $log:"
    tail -n 40 "$log" | sed 's/^/   | /'
  fi
}

run leaks env ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
  LSAN_OPTIONS="suppressions=$root/tests/soak/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 LD_PRELOAD="$out/keep_loaded.so" \
  "${xvfb[@]}" build/native-asan/campaign-atlas --soak "$passes" --size 640x400
run heap "${xvfb[@]}" build/native/campaign-atlas --soak 8 --size 640x400

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz") and runs each for SECONDS on a temp copy of its seed corpus; fails on any crash.
# Usage: tests/fuzz/run.sh [SECONDS]   (default 60). Ends with "N passed, N failed" (one test per target).
# Logs go to build/fuzz/logs/, crashing inputs to build/fuzz/artifacts/; the committed corpus is never written.
set -uo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# target, seed corpus under tests/fuzz/corpus/, -max_len (campaign seeds are 3-5 KB; deep links are short;
# the geography seed is a small file the Python encoder wrote)
targets=("fuzz_campaign_loader campaign 8192" "fuzz_url_params url 1024" "fuzz_geography geography 4096")
names=()
for t in "${targets[@]}"; do names+=("${t%% *}"); done

if ! { cmake --preset fuzz >/dev/null && cmake --build --preset fuzz --target "${names[@]}"; }; then
  echo "fuzz: the fuzz preset did not build"
  echo "0 passed, ${#targets[@]} failed"
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
logs="$root/build/fuzz/logs"
mkdir -p "$logs"
passed=0 failed=0
for t in "${targets[@]}"; do
  read -r name corpus max_len <<<"$t"
  cp -r "tests/fuzz/corpus/$corpus" "$work/$name"
  artifacts="$root/build/fuzz/artifacts/$name"
  mkdir -p "$artifacts"
  log="$logs/$name.log"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "build/fuzz/tests/$name" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work/$name" >"$log" 2>&1
  rc=$?
  runs=$(grep -oE '^Done [0-9]+ runs' "$log" | awk '{print $2}' | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | awk '{print $2}')
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | awk '{print $2}')
  corp=$(grep -oE 'corp: [0-9]+' <<<"$last" | awk '{print $2}')
  if [ "$rc" -eq 0 ] && [ -n "$runs" ]; then
    passed=$((passed + 1))
    printf 'ok   %-22s %s runs in %ss, coverage %s edges, %s features, corpus %s inputs\n' \
      "$name" "$runs" "$seconds" "${cov:-?}" "${ft:-?}" "${corp:-?}"
  else
    failed=$((failed + 1))
    printf 'FAIL %-22s exit %s after %s runs; crashing input in %s, log %s:\n' "$name" "$rc" "${runs:-?}" "$artifacts" "$log"
    grep -vE '^#[0-9]+' "$log" | tail -n 40 | sed 's/^/   | /'
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

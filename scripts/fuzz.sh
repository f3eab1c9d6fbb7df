#!/usr/bin/env bash
# fuzz.sh — run the cargo-fuzz targets in fuzz/ for a bounded time each and print how many
# inputs each one executed. Any crash fails the script; libFuzzer saves the input under
# fuzz/artifacts/<target>/ and it becomes a test in tests/regression.rs.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     # default: 30 s, every target
#   FUZZ_RUNS=2000000 bash scripts/fuzz.sh 0 analyze_text     # a number of runs instead of a time
#
# Works on the stable toolchain: RUSTC_BOOTSTRAP=1 lets it take the -Z flags that cargo-fuzz
# passes (sanitizer coverage and AddressSanitizer, whose runtime stable ships). Corpora grow in
# fuzz/corpus/<target> (not committed), seeded from fuzz/seeds/<target> (committed).
# Knobs: FUZZ_JOBS (parallel workers per target, default 1), FUZZ_SANITIZER (address|none).
# The `clean` target always checks that cleaning the cleaned text again changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export RUSTC_BOOTSTRAP=1

secs=${1:-30}
shift || true
all=(analyze_text analyze_html clean targets jsonl lang)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
sanitizer=${FUZZ_SANITIZER:-address}
jobs=${FUZZ_JOBS:-1}

command -v cargo-fuzz >/dev/null || { echo "ERROR: cargo-fuzz is missing (bash scripts/setup.sh installs it)" >&2; exit 1; }

echo "[fuzz] building ${#targets[@]} target(s) (release, debug assertions, sanitizer=$sanitizer)"
cargo fuzz build -O -a -s "$sanitizer" 2>&1 | grep -E "^(error|warning: unused)" -A5 || true

total=0
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  limit=(-max_total_time="$secs")
  [ -n "${FUZZ_RUNS:-}" ] && limit=(-runs="$FUZZ_RUNS")
  par=()
  [ "$jobs" -gt 1 ] && par=(-jobs="$jobs" -workers="$jobs")
  log=$(mktemp "/tmp/fuzz.$t.XXXX.log")
  echo "[fuzz] $t: ${FUZZ_RUNS:-$secs s}${FUZZ_RUNS:+ runs}"
  # -timeout: an input that takes 20 s is a bug (the analysis is linear); -rss_limit_mb: so is 2 GB.
  if ! cargo fuzz run -O -a -s "$sanitizer" "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
      "${limit[@]}" -dict=fuzz/html.dict -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
      "${par[@]}" -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$t/" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    if [ "$jobs" -gt 1 ]; then cat fuzz-*.log 2>/dev/null | tail -n 60 >&2 || true; fi
    echo "ERROR: fuzz target $t failed; the input is in fuzz/artifacts/$t/ (full log: $log)" >&2
    exit 1
  fi
  runs=$({ cat "$log"; cat fuzz-*.log 2>/dev/null || true; } | awk '/stat::number_of_executed_units/ {s += $2} END {print s + 0}')
  rm -f fuzz-*.log
  total=$((total + runs))
  echo "[fuzz] $t: $runs executions, no crash"
  rm -f "$log"
done
echo "[fuzz] all targets: $total executions, no crash"

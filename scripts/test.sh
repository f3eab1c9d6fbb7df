#!/usr/bin/env bash
# test.sh — set up what is missing, then run every test:
#   1. cargo test (native: unit, golden, CLI, seed), and the benches type-check (cargo check --benches)
#   2. wasm-pack test --headless --chrome, then --firefox (tests/web.rs in real browsers)
#   3. the release build, then the end-to-end page tests in headless Chromium (tests/e2e)
#   4. the hostile-HTML corpus pasted and dropped in Chromium and Firefox (tests/e2e/xss.mjs)
#   5. every fuzz target for FUZZ_SECONDS each (default 20; 0 skips): scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
t0=$(date +%s)
step() { echo; echo "=== [test +$(( $(date +%s) - t0 ))s] $*"; }

step "setup"
bash scripts/setup.sh

step "cargo test (native)"
cargo test

step "the native benchmarks compile (cargo check; run them with cargo bench)"
cargo check --benches

step "wasm-pack test --headless --chrome"
wasm-pack test --headless --chrome

step "wasm-pack test --headless --firefox"
wasm-pack test --headless --firefox

step "build the static site"
bash scripts/build.sh

step "end-to-end page tests (headless Chromium)"
node tests/e2e/run.mjs dist

step "hostile HTML never runs (tests/e2e/xss.mjs, Chromium and Firefox)"
node tests/e2e/xss.mjs dist

if [ "${FUZZ_SECONDS:-20}" != 0 ]; then
  step "fuzzing, ${FUZZ_SECONDS:-20} s per target (scripts/fuzz.sh)"
  bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
fi

step "all tests passed in $(( $(date +%s) - t0 ))s"

#!/usr/bin/env bash
# setup.sh — install whatever is missing to build and test Undertone on a fresh Debian 12 machine
# (Rust via rustup, Node 20, root, package registries only). Idempotent: a second run takes ~1 s.
#
#   1. the Rust wasm target, wasm-bindgen-cli (exactly Cargo.lock's wasm-bindgen), wasm-pack,
#      Debian's chromium + chromium-driver + firefox-esr, geckodriver, and a wasm-opt >= 116
#      (binaryen from npm) ahead of Debian's broken 108 on PATH: scripts/setup-toolchain.sh
#   2. the npm packages of package-lock.json (playwright-core for the end-to-end tests).
#
# Knobs: SKIP_TOOLCHAIN=1 skips step 1; WITH_FIREFOX=0 skips Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if [ "${SKIP_TOOLCHAIN:-0}" != 1 ]; then
  bash scripts/setup-toolchain.sh .
fi

# npm packages: reinstall only when package-lock.json changed since the last install.
stamp=node_modules/.undertone-lock-stamp
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  echo "[setup] npm packages: present"
else
  echo "[setup] npm packages: installing from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

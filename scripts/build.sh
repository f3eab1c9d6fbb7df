#!/usr/bin/env bash
# build.sh — build the release wasm and assemble the static site in dist/.
# dist/ holds index.html, www/ and pkg/{undertone.js,undertone_bg.wasm}; every URL in it is relative,
# so the folder works from any sub-path of any static host (serve .wasm as application/wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
wasm-pack build --release --target web --out-dir pkg --no-typescript --no-pack
rm -rf dist
mkdir -p dist/pkg
cp index.html dist/
cp -r www dist/
cp pkg/undertone.js pkg/undertone_bg.wasm dist/pkg/
raw=$(stat -c %s dist/pkg/undertone_bg.wasm)
gz=$(gzip -9 -c dist/pkg/undertone_bg.wasm | wc -c)
echo "[build] dist/ ready: undertone_bg.wasm ${raw} bytes raw, ${gz} bytes gzipped"

#!/usr/bin/env bash
# size-profile.sh — where the wasm's bytes go. Builds the page's wasm (cargo profile `wasm`, as
# scripts/build.sh does) with its name section kept through wasm-bindgen and wasm-opt (-g), then
# prints twiggy's largest items and a summary by module. The names make the file ~5 % larger
# than the shipped one; the rest is byte for byte the same code.
#
#   bash scripts/size-profile.sh [N]       N: how many items to list (default 40)
#
# Needs twiggy (`cargo install twiggy`), wasm-bindgen and a binaryen wasm-opt >= 116 on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
command -v twiggy >/dev/null || { echo "size-profile: twiggy not found (cargo install twiggy)"; exit 1; }
target=${CARGO_TARGET_DIR:-target}
out=test-output/size-profile
# The unstable flags of scripts/build.sh (see there), so the profile is of the shipped code.
RUSTC_BOOTSTRAP=1 RUSTFLAGS="${RUSTFLAGS:-} -Zlocation-detail=none -Zfmt-debug=none" \
  cargo build --profile wasm --target wasm32-unknown-unknown --lib -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" "$target/wasm32-unknown-unknown/wasm/undertone.wasm"
wasm-opt -O3 -ocimfs=20 -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/undertone_bg.wasm" -o "$out/named.wasm"
twiggy top -n "${1:-40}" "$out/named.wasm"
twiggy top -n 100000 --format csv "$out/named.wasm" > "$out/top.csv"
python3 - "$out/top.csv" <<'PY'
import csv, re, sys, collections
by = collections.Counter()
for r in csv.DictReader(open(sys.argv[1])):
    # Crate hashes ("core[4658a51ac039bbcc]::", from the standard library built with the crate) dropped.
    n, b = re.sub(r"\[[0-9a-f]{16}\]", "", r["Name"]), int(r["ShallowSize"])
    m = re.search(r"undertone::(\w+)(?:::(\w+))?", n)
    if n.startswith("data segment"): k = "data (lexicons, models, strings)"
    elif "names" in n and "subsection" in n: k = "name section (not shipped)"
    elif n.startswith("analyze externref shim"): k = "analyze (the whole pipeline, inlined into the export)"
    elif m and not n.startswith(("<core", "core::", "<alloc", "alloc::")):
        k = "undertone::" + m.group(1) + ("::" + m.group(2) if m.group(1) in ("entity", "clean", "sentiment") and m.group(2) else "")
    elif "serde" in n: k = "serde, serde-wasm-bindgen"
    elif "::sort::" in n: k = "core sort (one copy per element type and comparator)"
    elif re.search(r"fmt|Display|Debug|panic|Formatter|flt2dec|dec2flt|bignum", n): k = "formatting, float parsing, panics"
    elif "hashbrown" in n or "hash" in n.lower(): k = "hash maps"
    elif "dlmalloc" in n: k = "allocator"
    elif re.search(r"wasm_bindgen|externref|js_sys|web_sys", n): k = "wasm-bindgen, js-sys, web-sys"
    else: k = "other std/core"
    by[k] += b
print("\nbytes by module (shallow; inlined code counts where it was inlined):")
for k, v in by.most_common(): print(f"{v:9d}  {k}")
PY

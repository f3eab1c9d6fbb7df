#!/usr/bin/env bash
# build.sh — build the release wasm and assemble the static site in dist/, then print its size.
# dist/ holds index.html, www/ and pkg/{undertone.js,undertone_bg.wasm}; every URL in it is relative,
# so the folder works from any sub-path of any static host (serve .wasm as application/wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# The `wasm` cargo profile (Cargo.toml): opt-level "s", fat LTO, one codegen unit, panic = abort.
# The page's wasm only (the native build and the tests don't do this), with unstable flags on
# the stable toolchain (RUSTC_BOOTSTRAP=1, as scripts/fuzz.sh does):
#   -Zbuild-std             the standard library is built with the crate, so LTO and the `wasm`
#       profile reach it too (needs `rustup component add rust-src`; scripts/setup-toolchain.sh does it);
#   -Zlocation-detail=none  no file, line and column in panic locations (~1,000 of them);
#   -Zfmt-debug=none        `{:?}` writes nothing (only panic messages and tests use Debug);
#   -Zbuild-std-features=optimize_for_size  the standard library's smaller variants of the same
#       functions: heapsort and a plain merge sort instead of ipnsort and driftsort (no std sort
#       is left in the page: the crate sorts with its own `sentiment::sort_by`; an unstable std
#       sort added later could order equal elements differently here than natively), integer
#       printing without the digit-pair table, float
#       parsing without its fast path, `chars().count()` without the unrolled loop. 2.6 KB gzip
#       (session 14, README "Speed and size").
# Panics stay `panic = "abort"` with their message: console_error_panic_hook prints it to the
# console, so a bug report has it. `-Cpanic=immediate-abort` (a bare trap, no message, no hook)
# would save another ~7 KB gzip; measured 2026-12-05 and not taken for that reason.
# Cargo.toml keeps the standard library at opt-level 3, as the prebuilt one is.
# With RUSTC_BOOTSTRAP=1 on wasm32, build.rs sets the cfg `size_attrs`: code that runs once per
# article or per block, not per word or byte, is `#[optimize(size)]` (opt-level "z" for those
# functions alone): the HTML path but its byte scanner (clean/html.rs, clean/tree.rs, the DOM
# walk in wasm.rs), the metadata rules (clean/meta.rs), the block classification of
# clean/text.rs and clean/mod.rs, stance, the report and the wasm edge. Measured 2026-12-05:
# ~3.2 KB gzip smaller in all; text corpus pass the same speed (`node scripts/bench.mjs --node`
# A/B, 12-16 rounds, load 6-7: within +-0.6 %); a whole analysis of the 60 article-extraction
# HTML pages (core scanner, in Node) 3.3 % slower, of which ~2 % is html::extract and
# clean_tree at "z" (1.75 KB gzip of the saving).
export RUSTC_BOOTSTRAP=1 RUSTFLAGS="${RUSTFLAGS:-} -Zlocation-detail=none -Zfmt-debug=none"
wasm-pack build --profile wasm --target web --out-dir pkg --no-typescript --no-pack . -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
# The functions in an order that gzip compresses better (scripts/wasm-order.mjs names each by its
# place; wasm-opt sorts by those names and drops them): the same code, ~3 KB gzip less. Only the
# binary's layout: `-ol 2 -s 1` with the stack IR passes re-emits the code as compactly as the
# optimizing run above wrote it (a plain read and write adds ~750 B). The features are the ones
# that run had (Cargo.toml's four, and reference types and multivalue from the target features
# section it stripped); the validator fails the build if the module needs another.
node scripts/wasm-order.mjs pkg/undertone_bg.wasm pkg/ordered.wasm
wasm-opt --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  -ol 2 -s 1 --generate-stack-ir --optimize-stack-ir --reorder-functions-by-name --strip-debug pkg/ordered.wasm -o pkg/undertone_bg.wasm
# The data segments cut into pieces in an order gzip compresses better (scripts/wasm-data-order.mjs;
# every segment is active, so the memory they fill is the same, which the script checks): ~1.5 KB.
node scripts/wasm-data-order.mjs pkg/undertone_bg.wasm pkg/ordered.wasm
mv pkg/ordered.wasm pkg/undertone_bg.wasm
rm -rf dist
mkdir -p dist/pkg
# index.html without its comments and indentation (whitespace between its tags stays one
# newline, which renders the same; it has no <pre> and its textarea is empty): ~130 B gzip.
node -e 'const f = "dist/index.html", fs = require("fs"); fs.writeFileSync(f, fs.readFileSync("index.html", "utf8").replace(/<!--[\s\S]*?-->\n?/g, "").replace(/\n +/g, "\n"))'
cp -r www dist/
cp pkg/undertone.js pkg/undertone_bg.wasm dist/pkg/
# Minified JS and CSS (esbuild, a dev dependency installed by `npm ci`): each file on its own, in
# place, no bundling, so every relative URL (imports, `new URL(…, import.meta.url)`) stays as is.
# Whitespace, comments and local names go; the code is the same. sw.js is minified after its
# FILES and VERSION are filled in below.
[ -x node_modules/.bin/esbuild ] || { echo "[build] esbuild not installed: run bash scripts/setup.sh (npm ci) first"; exit 1; }
minify() { node_modules/.bin/esbuild "$@" --minify --log-level=warning; }
for f in dist/www/*.js dist/pkg/undertone.js; do [ "$f" = dist/www/sw.js ] || minify "$f" --outfile="$f" --allow-overwrite; done
minify dist/www/style.css --outfile=dist/www/style.css --allow-overwrite
# The main thread's modules (main.js and the modules it imports) as one file: one request and
# ~1.5 KB less gzip than five. The wasm glue stays a file of its own (the worker loads it too);
# every `new URL(…, import.meta.url)` in them is relative to www/, where the bundle stays.
# The modules it took in (esbuild's metafile) leave dist/: nothing else imports them.
minify www/main.js --bundle --format=esm --external:../pkg/undertone.js --outfile=dist/www/main.js --allow-overwrite --metafile=dist/bundle.json
node -e 'for (const f of Object.keys(require("./dist/bundle.json").inputs)) if (f !== "www/main.js") require("fs").rmSync("dist/" + f)'
rm dist/bundle.json
grep -q "pkg/undertone.js" dist/www/main.js || { echo "[build] main.js bundle: no import of the wasm glue"; exit 1; }
# Offline: the service worker goes to the root (its scope is the whole site) and precaches every
# file of the site, relative to itself, under a version that changes with their contents.
mv dist/www/sw.js dist/sw.js
files=$(cd dist && find . -type f ! -name sw.js | LC_ALL=C sort | sed 's|^\./||')
version=$(cd dist && echo "$files" | xargs sha256sum | sha256sum | cut -c1-12)
list=$(echo "$files" | sed 's/.*/"&"/' | paste -sd, -)
sed -i "s|^const FILES = .*|const FILES = [\"./\", $list];|; s|^const VERSION = .*|const VERSION = \"$version\";|" dist/sw.js
# Minified too, but its FILES and VERSION lines stay as they are (first, one line each: the e2e
# test reads FILES there); the rest only reads those two names, which minifying keeps.
grep -E '^const (FILES|VERSION) = ' dist/sw.js > dist/sw.head
grep -vE '^const (FILES|VERSION) = ' dist/sw.js | minify --loader=js > dist/sw.body
[ "$(wc -l < dist/sw.head)" = 2 ] || { echo "[build] sw.js: FILES or VERSION line missing"; exit 1; }
cat dist/sw.head dist/sw.body > dist/sw.js && rm dist/sw.head dist/sw.body
echo "[build] dist/ ready; shipped size in bytes (the page's budget is 300000 gzipped in all):"
node scripts/size.mjs dist | sed 's/^/[build]   /'

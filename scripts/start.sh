#!/usr/bin/env bash
# start.sh — set up what is missing, build the site, and serve it on http://127.0.0.1:${PORT:-8080}/
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_FIREFOX=${WITH_FIREFOX:-0} bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs dist "${PORT:-8080}"

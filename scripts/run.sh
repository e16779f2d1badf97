#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080/ (rebuilds on change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# scripts/bin first: trunk's wasm-bindgen is the splitting wrapper there.
export PATH="$PWD/scripts/bin:$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"

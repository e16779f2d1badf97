#!/usr/bin/env bash
# Size and speed benchmark (issue 6) — not part of `scripts/test.sh`.
#
#   bash scripts/bench.sh
#
# Installs what is missing (scripts/setup.sh --browser; `npm ci` in bench/ for playwright-core and
# the SurveyJS baseline, which lives only in bench/), builds the release dist/ with trunk, serves
# dist/ and the two baselines (bench/baseline-plain/, bench/baseline-surveyjs/) on 127.0.0.1
# (brotli, like a static host), and drives headless Chromium: sizes, start-up (fresh contexts,
# cache off; unthrottled, 4x CPU, 4x CPU + Slow 3G), the repeat visit (the app's service worker
# warm; the baselines, which have none, with the HTTP cache warm), typing latency with a big draft (150
# measures, ~300 KB text), autosave, JSON export/import, print view, and the budgets.
# Prints a table; the full figures go to bench/report.json. Takes about 6–9 minutes.
# Fewer loads for a quick look: BENCH_RUNS=5 BENCH_THROTTLED_RUNS=3 bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
# The size figures compress with the brotli command line tool, as a static host would.
if ! command -v brotli >/dev/null; then
  echo "[bench] apt-get install brotli"
  SUDO=""; [[ $(id -u) != 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq brotli >/dev/null
fi
# scripts/bin first: trunk's wasm-bindgen is the splitting wrapper there.
export PATH="$PWD/scripts/bin:$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
if ! diff -q bench/package-lock.json bench/node_modules/.package-lock.json >/dev/null 2>&1; then
  echo "[bench] npm ci (bench/)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "[bench] trunk build --release"
trunk build --release
echo "[bench] measuring (progress on stderr)"
node bench/bench.mjs

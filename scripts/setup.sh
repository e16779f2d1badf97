#!/usr/bin/env bash
# Installs what is missing to build the app (and, with --browser, to test it). Idempotent:
# every step checks first, so on a prepared machine this takes seconds.
# Traps this avoids are documented in docs/TOOLCHAIN.md.
set -euo pipefail
cd "$(dirname "$0")/.."
want_browser=0
[[ "${1:-}" == "--browser" ]] && want_browser=1

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 1b. rustfmt and clippy, for the style and lint step of the tests.
for comp in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$comp"; then
    log "rustup component add $comp"
    rustup component add "$comp"
  fi
done

# 2. trunk 0.21.14 (0.22 needs a newer rustc). A debug build installs in ~6 min instead of ~17
#    and builds the app just as fast.
if [[ "$(trunk --version 2>/dev/null || true)" != "trunk 0.21.14" ]]; then
  log "cargo install trunk 0.21.14 (debug build, ~6 min)"
  cargo install --locked --debug trunk --version 0.21.14
fi

# 3. wasm-bindgen-cli at exactly the version in Cargo.lock (else trunk would try to download
#    it). Without --locked: a locked dependency is not served by the registry here. Release
#    build: its test runner is 5x slower in debug.
wbg=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]]; then
  log "cargo install wasm-bindgen-cli $wbg (~5 min)"
  cargo install wasm-bindgen-cli --version "$wbg" --force
fi

# 3b. wasm-split-cli (wasm_split_cli_support 0.2.4, what cargo-leptos uses to split): it splits the
#     wasm at the app's split points before wasm-bindgen (scripts/bin/wasm-bindgen). ~4 min.
if ! cargo install --list | grep -qx 'wasm_split_cli_support v0.2.4:'; then
  log "cargo install wasm_split_cli_support 0.2.4 (wasm-split-cli, ~4 min)"
  cargo install --locked wasm_split_cli_support --version 0.2.4 --features build-binary
fi

# 4. npm packages: wasm-opt (binaryen 132; Debian's 108 silently breaks the wasm),
#    playwright-core, axe-core. No browser download.
if [[ ! -x e2e/node_modules/.bin/wasm-opt ]] || ! diff -q e2e/package-lock.json e2e/node_modules/.package-lock.json >/dev/null 2>&1; then
  log "npm ci (e2e/)"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

# 5. Chromium and chromedriver from Debian, for the browser tests only.
if [[ $want_browser == 1 ]] && ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  log "apt-get install chromium chromium-driver"
  SUDO=""; [[ $(id -u) != 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 5b. LibreOffice (Writer, no GUI) and poppler-utils, for the Word tests only (e2e/word.test.mjs
#     opens each .docx in LibreOffice, converts it to PDF and reads it back with pdftotext).
if [[ $want_browser == 1 ]]; then
  SUDO=""; [[ $(id -u) != 0 ]] && SUDO="sudo"
  pakketten=()
  command -v soffice >/dev/null || pakketten+=(libreoffice-writer-nogui)
  { command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && command -v pdfinfo >/dev/null; } || pakketten+=(poppler-utils)
  if [[ ${#pakketten[@]} -gt 0 ]]; then
    log "apt-get install ${pakketten[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pakketten[@]}" >/dev/null
  fi
fi

# 6. Crates, so that trunk's offline build (which passes --offline to cargo) finds them.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
log "ok"

#!/usr/bin/env bash
# Installs what is missing, then runs every test: native (unit, property, doc), wasm in headless
# Chromium, and end-to-end against the release dist/ served on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
# scripts/bin first: trunk's wasm-bindgen is the splitting wrapper there.
export PATH="$PWD/scripts/bin:$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "0/4 style, lints and docs (rustfmt, clippy native and wasm32, rustdoc; warnings denied)"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
# The UI exists only on wasm32; its unit tests do not (proptest is native-only), so the lib, the
# bin and the browser test crate.
cargo clippy --locked --target wasm32-unknown-unknown --lib --bin vangnet --test web -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --target wasm32-unknown-unknown

step "1/4 native tests (rules, model, checks, JSON, print view)"
cargo test --locked

step "2/4 components in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=180 \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "3/4 release build (trunk)"
# First the test build with the test-only panic hook (e2e/gestopt.test.mjs), in its own dist;
# then the release build, which must not contain it.
trunk build --release --features testhaak --dist dist-testhaak
trunk build --release

step "4/4 end-to-end in headless Chromium against dist/"
(cd e2e && node --test --test-concurrency=1)
echo "All tests passed."

#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, lints,
# the native tests, the browser tests, the release build and its size budget,
# and the end-to-end suite against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

step() { printf '\n==> %s\n' "$*"; }

step "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "Lints (cargo clippy, native and wasm, warnings are errors)"
cargo clippy --offline --all-targets -- -D warnings
cargo clippy --offline --all-targets --target wasm32-unknown-unknown -- -D warnings

step "Native tests: model, codecs, slider scale (cargo test)"
cargo test --offline

step "Browser tests in headless Chromium (wasm-bindgen-test)"
cargo test --offline --target wasm32-unknown-unknown --test browser

step "Release build (trunk build --release)"
trunk build --release --offline

step "Download size against its budget (gzip level 9 and brotli)"
node scripts/size.mjs

step "End-to-end suite on the built dist/ in headless Chromium (Playwright)"
node tests/e2e/run.mjs

step "All tests passed"

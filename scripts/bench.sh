#!/usr/bin/env bash
# Benchmarks (not tests; they print figures): the model's cost per call,
# natively; then, on the release build in headless Chromium, the download
# size, input latency and roster import speed against Papa Parse.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

printf '\n==> The model, natively (cargo bench --bench assess)\n'
cargo bench --offline --bench assess

printf '\n==> Release build\n'
trunk build --release --offline

printf '\n==> Download size\n'
node scripts/size.mjs || true

printf '\n==> Input latency in headless Chromium\n'
node benches/latency.mjs

printf '\n==> Roster import speed against Papa Parse\n'
node benches/import.mjs

#!/usr/bin/env bash
# Installs what is missing, then serves the Rostering Advisor at
# http://127.0.0.1:8080/ and rebuilds it on every change to the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo
echo "==> Serving at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --offline --public-url /

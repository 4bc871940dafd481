#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) the Rostering Advisor
# needs, skipping whatever is already there. Safe to run again and again.
#
#   scripts/setup.sh            Rust wasm target, Trunk, wasm-bindgen, wasm-opt
#   scripts/setup.sh --browser  ...plus Chromium, ChromeDriver and poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI must match the wasm-bindgen crate exactly; Cargo.lock says which.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
have() { printf '    already there: %s\n' "$*"; }

# Debian packages, as root or through sudo; the package lists are refreshed
# once per run, only if something is missing.
apt_updated=""
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "    need root or sudo to install: $*" >&2; exit 1; }
    sudo="sudo"
  fi
  if [ -z "$apt_updated" ]; then
    $sudo apt-get update
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$@"
}

step "Node.js 20.11 or later, with npm"
if node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 11) ? 0 : 1)' 2>/dev/null \
  && command -v npm >/dev/null; then
  have "node $(node --version), npm $(npm --version)"
else
  echo "    The build and test tools need Node.js 20.11 or later with npm; found: $(node --version 2>/dev/null || echo none)" >&2
  exit 1
fi

step "A C compiler (some of Trunk's dependencies build C code)"
if command -v cc >/dev/null; then
  have "$(cc --version | head -n 1)"
else
  apt_install build-essential pkg-config
fi

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  have "wasm32-unknown-unknown"
else
  echo "    adding it with rustup (this can take a few minutes)"
  rustup target add wasm32-unknown-unknown
fi

step "Trunk $TRUNK_VERSION"
if trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  have "$(trunk --version)"
else
  echo "    building it with cargo install (about 10-15 minutes on two cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

step "wasm-bindgen CLI $WASM_BINDGEN_VERSION"
if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  have "$(wasm-bindgen --version)"
else
  echo "    building it with cargo install (about 5 minutes)"
  # Not --locked: the CLI's own lock file pins a crate version the registry no longer serves.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

step "npm packages (wasm-opt from binaryen, Playwright, axe-core)"
stamp=node_modules/.installed-from-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  have "node_modules matches package-lock.json"
else
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

step "Rust crates"
cargo fetch --locked
cargo fetch --locked --target wasm32-unknown-unknown

if [ "${1:-}" = "--browser" ]; then
  step "Chromium, ChromeDriver, poppler-utils and Python (browser tests, PDF checks, test zips)"
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null \
    && command -v pdftotext >/dev/null && command -v python3 >/dev/null; then
    have "$(chromium --version 2>/dev/null | head -n 1)"
  else
    apt_install chromium chromium-driver poppler-utils python3
  fi
fi

step "Setup complete"

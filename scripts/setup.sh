#!/usr/bin/env bash
# Installs whatever Mysterie needs to build, serve and test, and skips what is
# already there at the right version. Safe to run again and again.
#
#   apt:    chromium, chromium-driver          (only if missing)
#           nginx (only if missing; scripts/nginx-e2e.sh runs its own, never the system service)
#   rustup: target wasm32-unknown-unknown, components rustfmt and clippy
#   cargo:  trunk 0.21.14, wasm-bindgen-cli = wasm-bindgen's version in Cargo.lock
#   npm:    tests/e2e (playwright-core, axe-core, binaryen -> wasm-opt)
#   cargo fetch (host + wasm32) so `trunk build --offline` / `cargo test` work
#
# Nothing persistent is exported: other scripts `source scripts/env.sh`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

TRUNK_VERSION="0.21.14"
APT_PACKAGES=(chromium chromium-driver nginx)
WASM_TARGET="wasm32-unknown-unknown"
E2E_DIR="$ROOT/tests/e2e"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# --- prerequisites that this script cannot install -------------------------
command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust (rustup, stable >= 1.95) first"
command -v rustup >/dev/null 2>&1 || die "rustup not found: needed to add the $WASM_TARGET target"
command -v node >/dev/null 2>&1 || die "node not found: install Node.js >= 20 (with npm)"
command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js >= 20 (with npm)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js >= 20 required (found $(node --version))"

# --- apt packages -----------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=()
    if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi
    say "apt: installing ${missing[*]}"
    "${SUDO[@]}" apt-get update -q
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
else
    say "apt: ${APT_PACKAGES[*]} present"
fi

# --- Rust target ------------------------------------------------------------
if rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "rustup: $WASM_TARGET present"
else
    say "rustup: adding $WASM_TARGET"
    rustup target add "$WASM_TARGET"
fi
# scripts/test.sh checks formatting and lints first.
for component in rustfmt clippy; do
    if rustup component list --installed | grep -q "^${component}"; then
        say "rustup: $component present"
    else
        say "rustup: adding $component"
        rustup component add "$component"
    fi
done

# --- cargo fetch (before reading Cargo.lock: it may resolve the lock) -------
say "cargo fetch (host + $WASM_TARGET)"
cargo fetch --quiet
cargo fetch --quiet --target "$WASM_TARGET"

# --- version pins -------------------------------------------------------------
# wasm-bindgen: the CLI must equal the crate in Cargo.lock exactly.
WBG_VERSION="$(awk '
    /^\[\[package\]\]/ { in_wbg = 0 }
    /^name = "wasm-bindgen"$/ { in_wbg = 1; next }
    in_wbg && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WBG_VERSION" ] || die "no wasm-bindgen package in Cargo.lock"

toml_tools_value() { # $1 = key in Trunk.toml [tools]
    awk -v key="$1" '
        /^\[/ { in_tools = ($0 == "[tools]"); next }
        in_tools && $1 == key && $2 == "=" { gsub(/"/, "", $3); print $3; exit }
    ' Trunk.toml
}
TRUNK_WBG="$(toml_tools_value wasm_bindgen)"
TRUNK_WASM_OPT="$(toml_tools_value wasm_opt)"
if [ "$TRUNK_WBG" != "$WBG_VERSION" ]; then
    die "Trunk.toml [tools] wasm_bindgen = \"$TRUNK_WBG\" but Cargo.lock has wasm-bindgen $WBG_VERSION.
        Set wasm_bindgen = \"$WBG_VERSION\" in Trunk.toml (and keep Cargo.toml's \"=\" pin in step)."
fi
[ -n "$TRUNK_WASM_OPT" ] || die "Trunk.toml [tools] has no wasm_opt version"

# --- cargo-installed tools ----------------------------------------------------
# $1 binary, $2 crate, $3 wanted version
cargo_tool() {
    local bin="$1" crate="$2" want="$3" have=""
    if command -v "$bin" >/dev/null 2>&1; then
        have="$("$bin" --version 2>/dev/null | awk '{print $2}')" || have=""
    fi
    if [ "$have" = "$want" ]; then
        say "$bin $want present"
        return
    fi
    say "cargo install $crate $want (found: ${have:-none}); this takes a while"
    if ! cargo install --locked "$crate" --version "$want"; then
        say "cargo install --locked failed; retrying without --locked"
        cargo install "$crate" --version "$want"
    fi
    have="$("$bin" --version 2>/dev/null | awk '{print $2}')" || have=""
    [ "$have" = "$want" ] || die "$bin --version reports '${have}', wanted $want (is another $bin earlier on PATH?)"
}
cargo_tool trunk trunk "$TRUNK_VERSION"
cargo_tool wasm-bindgen wasm-bindgen-cli "$WBG_VERSION"

# --- npm (tests/e2e) ------------------------------------------------------------
# Skipped when node_modules was installed from this very package-lock.json.
cd "$E2E_DIR"
stamp="node_modules/.mysterie-installed"
if [ -f package-lock.json ]; then
    want_stamp="$(sha256sum package.json package-lock.json | sha256sum | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want_stamp" ] && [ -x node_modules/.bin/wasm-opt ]; then
        say "npm: tests/e2e dependencies present"
    else
        say "npm ci (tests/e2e)"
        npm ci --no-audit --no-fund --loglevel=error
        echo "$want_stamp" >"$stamp"
    fi
else
    say "npm install (tests/e2e; no package-lock.json yet)"
    npm install --no-audit --no-fund --loglevel=error
fi
cd "$ROOT"

# --- wasm-opt as Trunk will see it ----------------------------------------------
# Trunk 0.21.14 runs `wasm-opt --version` (first on PATH) and compares
# "version_" + its third word with Trunk.toml [tools] wasm_opt.
wasm_opt_path="$(command -v wasm-opt)" || die "wasm-opt not on PATH after npm install (binaryen)"
have_wasm_opt="version_$(wasm-opt --version | awk '{print $3}')"
if [ "$have_wasm_opt" != "$TRUNK_WASM_OPT" ]; then
    die "wasm-opt at $wasm_opt_path is $have_wasm_opt but Trunk.toml [tools] wasm_opt = \"$TRUNK_WASM_OPT\".
        Make tests/e2e/package.json's binaryen version and Trunk.toml agree."
fi

say "ready: $(trunk --version), wasm-bindgen $WBG_VERSION, wasm-opt $have_wasm_opt, node $(node --version), $(rustc --version | cut -d' ' -f1-2)"

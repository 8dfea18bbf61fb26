#!/usr/bin/env bash
# Runs every Mysterie test; exits non-zero on any failure.
#   0. formatting and lints                  (cargo fmt --check; cargo clippy, native and wasm32)
#   1. native unit + integration tests      (cargo test)
#   2. the release build of every bundle     (scripts/build.sh: one Trunk run per page)
#   3. the end-to-end suite in headless Chromium against dist/ (tests/e2e)
#   4. the same suite once more against nginx with deploy/nginx.conf (scripts/nginx-e2e.sh)
# then prints the size of the built wasm and JS (raw and gzip -9).
# Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

step() { printf '\n[test] === %s ===\n' "$*"; }

step "cargo fmt --check; cargo clippy -D warnings (native and wasm32)"
cargo fmt --check
cargo clippy --offline --all-targets -- -D warnings
cargo clippy --offline --release --target wasm32-unknown-unknown --bins -- -D warnings

step "cargo test (native)"
cargo test

step "release build of every bundle (scripts/build.sh)"
bash scripts/build.sh dist

step "end-to-end (headless Chromium, tests/e2e)"
e2e_status=0
(cd tests/e2e && DIST_DIR="$ROOT/dist" npm test --silent) || e2e_status=$?

step "end-to-end against nginx (deploy/nginx.conf)"
nginx_status=0
bash scripts/nginx-e2e.sh "$ROOT/dist" || nginx_status=$?

step "sizes per bundle (bytes: raw / gzip -9; budgets: tests/e2e/bundles.test.mjs)"
shopt -s nullglob
for f in dist/*.wasm dist/*.js; do
    printf '%-44s %9d / %9d\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done
shopt -u nullglob
if [ -f tests/e2e/artifacts/bundles.txt ]; then cat tests/e2e/artifacts/bundles.txt; fi

if [ "$e2e_status" -ne 0 ]; then
    echo "[test] end-to-end suite FAILED (exit $e2e_status)" >&2
    exit "$e2e_status"
fi
if [ "$nginx_status" -ne 0 ]; then
    echo "[test] end-to-end suite against nginx FAILED (exit $nginx_status)" >&2
    exit "$nginx_status"
fi
echo "[test] all tests passed"

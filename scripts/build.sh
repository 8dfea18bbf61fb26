#!/usr/bin/env bash
# Builds the release app into a dist folder: one page and one wasm bundle per
# audience (src/route.rs `Bundle`, docs/performance.md "Bundles"):
#   index.html    library and a team's start form    (src/main.rs)
#   spel.html     a team's game                       (src/bin/spel.rs)
#   speler.html   a member's cards on a phone         (src/bin/speler.rs)
#   zaal.html     a session for a room                (src/bin/zaal.rs)
#   trainer.html  studio, network view, results       (src/bin/trainer.rs)
# Trunk builds one HTML page per run, so each page gets its own run into a
# staging folder; the folders are merged (hashed file names never clash) and
# scripts/stamp-sw.mjs writes the service worker's file list for all of them.
#
#   bash scripts/build.sh [DIST]      (default: dist)
#   PUBLIC_URL=/mysterie/ bash scripts/build.sh   (served from a sub-folder, docs/deployment.md)
# Needs the tools of scripts/setup.sh on PATH (source scripts/env.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source scripts/env.sh

DIST="${1:-dist}"
PAGES=(index spel speler zaal trainer)
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/mysterie-build.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT

# Every binary in one cargo run: the crate compiles once and the link-time
# optimisation of the five binaries shares the cores. Trunk's own cargo runs
# below then find them up to date.
cargo build --release --offline --target wasm32-unknown-unknown --bins

for page in "${PAGES[@]}"; do
    trunk build "$page.html" --release --html-output "$page.html" --dist "$STAGE/$page" \
        ${PUBLIC_URL:+--public-url "$PUBLIC_URL"}
done

rm -rf "$DIST"
mkdir -p "$DIST"
for page in "${PAGES[@]}"; do
    cp -r "$STAGE/$page/." "$DIST/"
done
node scripts/stamp-sw.mjs "$DIST"

printf '[build] %s: %s\n' "$DIST" "${PAGES[*]/%/.html}"

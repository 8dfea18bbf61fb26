#!/usr/bin/env bash
# Builds Mysterie (release, every bundle: scripts/build.sh) and serves it with
# the bundled mysteries on http://127.0.0.1:8080. Installs whatever is missing
# first (scripts/setup.sh). No live rebuild: Trunk serves one page, the app has
# four (docs/performance.md "Bundles"); run this again after a change.
#   PORT=9000 bash scripts/serve.sh     # another port
#   ADDRESS=0.0.0.0 bash scripts/serve.sh  # listen beyond loopback (careful)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

PORT="${PORT:-8080}"
ADDRESS="${ADDRESS:-127.0.0.1}"
bash scripts/build.sh dist
exec node scripts/serve.mjs dist "$PORT" "$ADDRESS"

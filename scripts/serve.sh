#!/usr/bin/env bash
# Serves Mysterie (release build, bundled mysteries/) on http://127.0.0.1:8080
# with live rebuild. Installs whatever is missing first (scripts/setup.sh).
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
echo "[serve] http://${ADDRESS}:${PORT}/  (Ctrl-C to stop)"
# --no-autoreload: Trunk's live-reload is an inline <script>, which the app's
# Content-Security-Policy (index.html) refuses; reload the page by hand instead.
exec trunk serve --release --offline --no-autoreload --address "$ADDRESS" --port "$PORT" --open false

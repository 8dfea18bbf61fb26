# shellcheck shell=bash
# Source this file (`source scripts/env.sh`) to put Mysterie's build tools on
# PATH for the current shell. It changes nothing persistent.
#
#   tests/e2e/node_modules/.bin  wasm-opt from the npm package `binaryen`
#                                (first, so it wins over a Debian wasm-opt)
#   $CARGO_HOME/bin              cargo, rustup, trunk, wasm-bindgen

MYSTERIE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MYSTERIE_ROOT

_mysterie_prepend_path() {
    case ":${PATH}:" in
        *":$1:"*) ;;
        *) PATH="$1${PATH:+:${PATH}}" ;;
    esac
}
_mysterie_prepend_path "${CARGO_HOME:-${HOME}/.cargo}/bin"
_mysterie_prepend_path "${MYSTERIE_ROOT}/tests/e2e/node_modules/.bin"
unset -f _mysterie_prepend_path
export PATH

# Trunk: never phone home for an update check.
export TRUNK_SKIP_VERSION_CHECK=true

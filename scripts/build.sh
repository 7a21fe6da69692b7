#!/usr/bin/env bash
# Configures and builds into ./build (or $SENDIVENT_BUILD_DIR). Arguments go to cmake --build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SENDIVENT_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSENDIVENT_WERROR="${SENDIVENT_WERROR:-ON}"
fi
cmake --build "$build" --parallel "${SENDIVENT_JOBS:-2}" "$@"

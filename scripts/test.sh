#!/usr/bin/env bash
# Builds everything and runs the whole test suite. Extra arguments go to ctest
# (for example -L gui, or -R tst_contacts).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SENDIVENT_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
cd "$build"
# A private session bus for the keychain tests (they start their own keyring on it).
exec dbus-run-session -- ctest --output-on-failure --timeout 900 -j "${SENDIVENT_JOBS:-2}" "$@"

#!/usr/bin/env bash
# Builds and starts Sendivent Console: the window when there is a display, the
# headless server otherwise. Extra arguments go to sendivent-console.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SENDIVENT_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh" --target sendivent-console
exe="$build/app/sendivent-console"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
    case " $* " in
        *" --headless "*) exec "$exe" "$@" ;;
        *) echo "No display: starting the local server only (--headless)." >&2
           exec "$exe" --headless "$@" ;;
    esac
fi
exec "$exe" "$@"

#!/usr/bin/env bash
# Renders each corpus email with headless Chromium, the fidelity suite's reference:
#   render-reference.sh IN_DIR OUT_DIR
# writes OUT_DIR/<name>.light.png and, for an email with prefers-color-scheme CSS,
# OUT_DIR/<name>.dark.png. 600 px wide (the desktop preview), 3000 px tall (every corpus
# email fits), no scroll bars, scale 1, and every host name unresolvable, so remote
# images fail to load exactly as the preview blocks them.
# Without Chromium it fails: the fidelity test must never pass by skipping.
set -euo pipefail
in="$1"
out="$2"
chromium="${CHROMIUM:-}"
if [ -z "$chromium" ]; then
    for c in chromium chromium-browser google-chrome; do
        if command -v "$c" >/dev/null 2>&1; then chromium="$(command -v "$c")"; break; fi
    done
fi
if [ -z "$chromium" ]; then
    echo "render-reference.sh: Chromium was not found; install it (scripts/install-deps.sh installs chromium) or set CHROMIUM" >&2
    exit 1
fi
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
sandbox=()
[ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
shot() { # html png scheme(0 dark, 1 light)
    "$chromium" --headless "${sandbox[@]}" --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --user-data-dir="$profile" --password-store=basic --no-first-run --disable-extensions --mute-audio \
        --host-resolver-rules="MAP * ~NOTFOUND" --blink-settings=preferredColorScheme="$3" \
        --window-size=600,3000 --screenshot="$2" "file://$1" >/dev/null 2>&1
    if [ ! -s "$2" ]; then
        echo "render-reference.sh: Chromium wrote no screenshot for $1" >&2
        exit 1
    fi
}
n=0
for html in "$in"/*.html; do
    name="$(basename "$html" .html)"
    shot "$(cd "$(dirname "$html")" && pwd)/$(basename "$html")" "$out/$name.light.png" 1
    n=$((n + 1))
    if grep -qi 'prefers-color-scheme' "$html"; then
        shot "$(cd "$(dirname "$html")" && pwd)/$(basename "$html")" "$out/$name.dark.png" 0
        n=$((n + 1))
    fi
done
echo "rendered $n reference images with $("$chromium" --version 2>/dev/null || echo chromium)"

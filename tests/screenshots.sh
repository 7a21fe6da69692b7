#!/bin/sh
# Screenshots of each page for the README, taken under Xvfb with a throwaway data
# folder and settings. Not part of CI's pass/fail.
#
#   tests/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
#
# Needs xvfb-run; builds the sendivent-screenshots helper if it is missing.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
out=${2:-"$here/docs/screenshots"}
tool="$build/tests/app/sendivent-screenshots"

if [ ! -x "$tool" ]; then
    cmake --build "$build" --target sendivent-screenshots
fi
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is not installed" >&2; exit 2; }

mkdir -p "$out"
# A fresh HOME: no remembered window layout, no stored keys, no desktop theme.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for mode in "" "--dark" "--lang sv"; do
    HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" XDG_DATA_HOME="$tmp/.local/share" \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" "$out" $mode
done
# The key pages at a laptop's and a small screen's window size, light and dark
# (issue 21): docs/screenshots/1440x900/ and docs/screenshots/1024x700/.
for size in 1440x900 1024x700; do
    for mode in "" "--dark"; do
        HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" XDG_DATA_HOME="$tmp/.local/share" \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb \
            xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" "$out" --key-pages "$size" $mode
    done
done
echo "screenshots in $out"

#!/usr/bin/env bash
# Renders every icon file from sendivent-console.svg. The results are committed so that
# Windows and macOS builds need no SVG renderer; run this after changing the SVG.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (the .ico) and png2icns
# (icnsutils, the .icns): apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
svg=sendivent-console.svg

# The hicolor theme sizes; the window icon uses a subset (app/icons.qrc).
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "sendivent-console-$size.png"
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert sendivent-console-16.png sendivent-console-24.png sendivent-console-32.png \
    sendivent-console-48.png sendivent-console-64.png sendivent-console-256.png \
    sendivent-console.ico

# macOS: the bundle icon (Info.plist CFBundleIconFile). On a Mac, `iconutil -c icns` on
# an .iconset folder gives the same result.
for size in 16 32 48 128 256 512; do
    cp "sendivent-console-$size.png" "$work/$size.png"
done
png2icns sendivent-console.icns "$work"/16.png "$work"/32.png "$work"/48.png \
    "$work"/128.png "$work"/256.png "$work"/512.png >/dev/null

#!/usr/bin/env bash
# Installs what building and testing Sendivent Console needs. Debian 12 / Ubuntu 24.04+
# through apt; on other systems it prints what to install (see README "Dependencies").
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-qpa-plugins
    qtkeychain-qt6-dev nlohmann-json3-dev libsqlite3-dev libgl-dev
    libcurl4-openssl-dev zlib1g-dev
    dbus dbus-x11 gnome-keyring libsecret-1-0
    xvfb xauth imagemagick fonts-noto-color-emoji
    wrk
    clang libclang-rt-dev
    dpkg-dev lintian desktop-file-utils appstream curl jq openssl python3
    # The email preview's engine (issue 20); chromium draws the fidelity suite's
    # references, with the metric-compatible Arial/Times/Courier both engines use.
    qt6-webengine-dev chromium fonts-liberation
)

if ! command -v apt-get >/dev/null 2>&1; then
    cat >&2 <<'MSG'
This script installs dependencies with apt (Debian/Ubuntu). Elsewhere:
  macOS:   brew install cmake ninja qt qtkeychain nlohmann-json sqlite curl node
  Windows: vcpkg install qtbase qthttpserver qtwebsockets qttools qtwebengine qtkeychain-qt6 nlohmann-json sqlite3 curl
           (or the Qt online installer for Qt 6 with Qt HTTP Server, plus vcpkg for the rest)
MSG
    exit 1
fi

# Node.js runs the reference implementations the tests compare against (handlebars.js,
# standardwebhooks, redocly). A machine may already carry its own Node.js with npm;
# only without one do Debian's packages come in.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Builds the DEB with cpack and checks it the way a user's machine would meet it.
# Run by CTest (tests/package/CMakeLists.txt); by hand:
#   tests/package/check-deb.sh --build-dir build --version 0.1.0 --app-id com.sendivent.Console \
#       --release-date 2026-11-27 [--webengine ON|OFF] [--cmake cmake] [--cpack cpack] [--keep]
set -euo pipefail

build_dir="" version="" app_id="" release_date="" cmake=cmake cpack=cpack keep=0 webengine=ON
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir="$2"; shift 2 ;;
        --version) version="$2"; shift 2 ;;
        --app-id) app_id="$2"; shift 2 ;;
        --release-date) release_date="$2"; shift 2 ;;
        --cmake) cmake="$2"; shift 2 ;;
        --cpack) cpack="$2"; shift 2 ;;
        --webengine) webengine="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[ -n "$build_dir" ] && [ -n "$version" ] && [ -n "$app_id" ] && [ -n "$release_date" ] \
    || { echo "usage: see the head of $0" >&2; exit 2; }

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# A PNG's width and height, from its IHDR chunk (bytes 16 to 23, big-endian).
png_size() {
    local b
    read -r -a b < <(od -An -tu1 -j16 -N8 "$1")
    echo "$(( (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3] ))x$(( (b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7] ))"
}

# The tools come from scripts/install-deps.sh; name the package when one is missing.
for tool in dpkg-deb:dpkg lintian:lintian desktop-file-validate:desktop-file-utils \
            appstreamcli:appstream dpkg-shlibdeps:dpkg-dev curl:curl; do
    command -v "${tool%%:*}" >/dev/null || { echo "missing ${tool%%:*} (apt-get install ${tool##*:})" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/sendivent-package.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    if [ "$keep" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# 1. The DEB. The executable is built first (a no-op after the main build); cpack with
#    Ninja installs without building anything else.
"$cmake" --build "$build_dir" --target sendivent-console
(cd "$build_dir" && "$cpack" -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; echo "FAIL: cpack -G DEB" >&2; exit 1; }
deb="$(find "$work/cpack" -maxdepth 1 -name '*.deb' | head -n 1)"
[ -n "$deb" ] || { cat "$work/cpack.log" >&2; echo "FAIL: cpack made no .deb" >&2; exit 1; }
pass "built $(basename "$deb")"

# 2. The control fields: the version, and Depends both computed and added by hand.
deb_version="$(dpkg-deb -f "$deb" Version)"
[ "$deb_version" = "$version-1" ] && pass "Version: $deb_version" || fail "Version is '$deb_version', expected '$version-1'"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
expected=(libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libc6)
# The email preview's engine (issue 20): its libraries (found by dpkg-shlibdeps), its
# helper process and its resources (added by hand).
[ "$webengine" = ON ] && expected+=(libqt6webenginewidgets6 libqt6webenginecore6 libqt6webenginecore6-bin libqt6webengine6-data)
for dep in "${expected[@]}"; do
    # A prefix match: Ubuntu renames some libraries (libqt6core6t64).
    [[ ", $depends" == *", $dep"* ]] && pass "depends on $dep" || fail "Depends lacks $dep"
done

# 3. lintian: no errors. Every tag is printed; only E: fails the test.
lintian_out="$work/lintian.txt"
lintian_status=0
lintian --tag-display-limit 0 --show-overrides "$deb" >"$lintian_out" 2>&1 || lintian_status=$?
cat "$lintian_out"
if grep -q '^E: ' "$lintian_out"; then
    fail "lintian reports errors:"
    grep '^E: ' "$lintian_out" >&2
elif [ "$lintian_status" != 0 ]; then
    fail "lintian exited with status $lintian_status"
else
    pass "lintian: no errors ($(grep -c '^W: ' "$lintian_out" || true) warnings)"
fi

# 4. The package's contents, unpacked into a temporary root.
root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
for f in usr/bin/sendivent-console "usr/share/applications/$app_id.desktop" \
         "usr/share/metainfo/$app_id.metainfo.xml" usr/share/man/man1/sendivent-console.1.gz \
         usr/share/doc/sendivent-console/copyright usr/share/doc/sendivent-console/changelog.Debian.gz \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    [ -f "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    icon="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [ ! -f "$icon" ]; then
        fail "the package lacks the ${size}px icon"
    elif [ "$(png_size "$icon")" != "${size}x${size}" ]; then
        fail "the ${size}px icon is $(png_size "$icon")"
    fi
done

desktop-file-validate "$desktop" && pass "desktop-file-validate" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net --explain "$metainfo" && pass "appstreamcli validate --no-net" \
    || fail "appstreamcli validate --no-net $metainfo"
grep -q "<release version=\"$version\" date=\"$release_date\"" "$metainfo" \
    && pass "metainfo names release $version of $release_date" \
    || fail "metainfo lacks <release version=\"$version\" date=\"$release_date\">"
grep -q "^Icon=$app_id\$" "$desktop" || fail "the desktop file's Icon is not $app_id"

# 5. The packaged program. A private HOME keeps it off the user's settings and keyring.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"
exe="$root/usr/bin/sendivent-console"
# The GUI build of the program makes a QApplication before it reads its options, so
# --version needs a platform plugin even though it opens no window: offscreen here.
got="$(QT_QPA_PLATFORM=offscreen "$exe" --version)" || fail "--version exited with $?"
[ "$got" = "sendivent-console $version" ] && pass "--version: $got" || fail "--version printed '$got'"

out="$work/headless.out"
"$exe" --headless --port 0 --api-key test_package --data-dir "$work/data" >"$out" 2>"$work/headless.err" &
server_pid=$!
url=""
for _ in $(seq 1 300); do
    url="$(sed -n 's#^listening on \(http://127\.0\.0\.1:[0-9][0-9]*\)$#\1#p' "$out")"
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$url" ]; then
    fail "--headless printed no 'listening on http://127.0.0.1:PORT' line"
    cat "$out" "$work/headless.err" >&2
else
    pass "listening on $url"
    health="$(curl -sS --max-time 10 "$url/healthz" || true)"
    [ "$(printf '%s' "$health" | tr -d ' \n')" = '{"status":"ok"}' ] \
        && pass "/healthz: $health" || fail "/healthz answered '$health'"
fi
if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    status=0
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$server_pid" 2>/dev/null; then
        fail "--headless did not stop within 10 s of SIGTERM"
    else
        wait "$server_pid" || status=$?
        [ "$status" = 0 ] && pass "stopped on SIGTERM with status 0" || fail "exited with $status after SIGTERM"
    fi
fi
server_pid=""

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"

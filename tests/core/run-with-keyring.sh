#!/bin/sh
# Runs one test program against a real Secret Service: a private D-Bus session with a
# GNOME keyring unlocked with a throwaway password, in a throwaway HOME, so it never
# touches the user's own keychain. Works inside another dbus-run-session too (the
# inner session is a new bus). Usage: run-with-keyring.sh PROGRAM [ARGS...]
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/sendivent-keyring-XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/.run" "$home/.local/share" "$home/.config" "$home/.cache"
chmod 700 "$home/.run"
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/.run" SENDIVENT_KEYRING_HOME="$home"
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' -- "$@"

#!/usr/bin/env bash
# Header cost (issue 19, point 6): for each header, how many translation units ninja
# would compile again after the header changes, counted with a dry run (nothing is
# built; the header's modification time is put back afterwards). The build must be
# up to date first. Prints a Markdown table.
#
#   tests/bench/gui/header-cost.sh BUILD_DIR [HEADER...]
#
# Headers are paths relative to the source root; without any, the value headers of
# issue 19's list.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
build="${1:?usage: header-cost.sh BUILD_DIR [HEADER...]}"
shift
headers=("$@")
if [[ ${#headers[@]} -eq 0 ]]; then
    headers=(core/deliveries/delivery.h core/contacts/contact.h core/base/channel.h core/webhooks/webhook.h core/workspace/workspace.h
             core/backend/backendtypes.h core/base/result.h core/base/json.h core/template/handlebars.h)
fi

pending="$(ninja -C "$build" -n | grep -c 'Building CXX object' || true)"
if [[ "$pending" -ne 0 ]]; then
    echo "the build is not up to date ($pending objects to build): build it first" >&2
    exit 1
fi

total="$(ninja -C "$build" -t targets all | grep -c '\.cpp\.o:' || true)"
echo "| header | translation units rebuilt | of which in app/ (GUI) | of which tests/ |"
echo "|---|---|---|---|"
for header in "${headers[@]}"; do
    file="$root/$header"
    if [[ ! -f "$file" ]]; then
        echo "| \`$header\` | (missing) | | |"
        continue
    fi
    saved="$(date -r "$file" '+%Y-%m-%d %H:%M:%S.%N')"
    touch "$file"
    objects="$(ninja -C "$build" -n | grep 'Building CXX object' || true)"
    touch -d "$saved" "$file"
    n="$(printf '%s' "$objects" | grep -c . || true)"
    gui="$(printf '%s' "$objects" | grep -c 'object app/' || true)"
    tests="$(printf '%s' "$objects" | grep -c 'object tests/' || true)"
    echo "| \`$header\` | $n | $gui | $tests |"
done
echo
echo "Of $total object files in the build; counted with \`ninja -n\` after touching each header."

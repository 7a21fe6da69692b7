#!/usr/bin/env bash
# Issue 19, point 6: the GUI's translation units see the values the Backend speaks,
# not the storage behind it (the stores, the statement cache, the database, the
# services) nor the template engine. Reads what the compiler recorded in the last
# build (`ninja -t deps`) and fails for every app/ object that depends on one of
# those headers, unless the list below allows it that kind, with the reason.
#
#   tests/app/gui-includes.sh NINJA BUILD_DIR
set -euo pipefail

ninja="${1:?usage: gui-includes.sh NINJA BUILD_DIR}"
build="${2:?usage: gui-includes.sh NINJA BUILD_DIR}"

# Every store and service is storage; credentialstore.h is the OS keychain, not the
# database, and the data-source switch needs it.
storage='(^|/)core/(storage/(database|statementcache|groupcommit)|services|webhooks/webhookoutbox|[a-z]+/[a-z]+(store|service))\.h$'
keychain='(^|/)core/remote/credentialstore\.h$'
template='(^|/)core/(template/[a-z]+|send/messagerenderer)\.h$'

# The app/ sources that may see more, and what. Only the command line and the
# studio's preview; the window, its pages and models may not.
declare -A allowed=(
    # The composition root: opens the database the services run over.
    [main.cpp]=storage
    # Subcommands that run the workspace service over a database file, without a server.
    [cli/checktemplatescommand.cpp]=storage
    [cli/pullworkspacecommand.cpp]=storage
    # Renders a stored event for a stored contact as the send does (MessageRenderer).
    [cli/rendereventcommand.cpp]='storage template'
    # `render`: the template engine on the command line.
    [cli/rendercommand.cpp]=template
    # The studio's preview renders templates (the send's renderFields()) with the
    # workspace's partials and the send's context (MessageRenderer::context()).
    [studio/previewrenderer.cpp]=template
    [studio/templatestudiopage.cpp]=template
    # moc's one translation unit for the library includes every Q_OBJECT header, and
    # previewrenderer.h's request carries the partials.
    [sendivent_gui_autogen/mocs_compilation.cpp]=template
)

# "object<TAB>dependency" for each app/ object and each of its core/ headers, as the
# last build recorded them; an object with none still gets a line, to be counted.
pairs="$("$ninja" -C "$build" -t deps | awk '
    /^[^ \t].*: #deps/ { object = $1; sub(/:$/, "", object); if (object ~ /^app\//) print object "\t"; next }
    object ~ /^app\// && /(^|[ \t\/])core\// { sub(/^[ \t]+/, ""); print object "\t" $0 }
')"
objects="$(cut -f1 <<<"$pairs" | sort -u | grep -c . || true)"
if [[ "$objects" -lt 10 ]]; then
    echo "only $objects app/ objects in $build's dependency log: build the sendivent-console target first" >&2
    exit 1
fi

failures=0
while IFS=$'\t' read -r object dependency; do
    kind=''
    if [[ "$dependency" =~ $storage && ! "$dependency" =~ $keychain ]]; then
        kind=storage
    elif [[ "$dependency" =~ $template ]]; then
        kind=template
    fi
    [[ -n "$kind" ]] || continue
    # app/CMakeFiles/<target>.dir/<source>.o → <source>
    source="${object#*.dir/}"
    source="${source%.o}"
    if [[ " ${allowed[$source]:-} " == *" $kind "* ]]; then
        continue
    fi
    echo "app/$source sees $kind: ${dependency#../}"
    failures=$((failures + 1))
done <<<"$pairs"

if [[ "$failures" -ne 0 ]]; then
    echo "$failures include(s) of storage or the template engine in GUI translation units (see tests/app/gui-includes.sh)" >&2
    exit 1
fi
echo "$objects app/ objects checked: none sees storage or the template engine beyond the allowed list"

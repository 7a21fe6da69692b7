#pragma once

#include <base/json.h>
#include <workspace/workspace.h>

namespace sendivent {

// A starting payload for an event's preview: every `payload.*` path its templates
// use, with a plausible value (a URL for *_url, a number for quantities, a list of
// one item for `#each payload.items` with the `this.*` fields used inside). Only a
// start: the user edits it.
Json payloadSkeleton(const Event &event);

} // namespace sendivent

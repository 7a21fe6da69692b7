#pragma once

#include "base/json.h"
#include "base/result.h"
#include "workspace/workspace.h"

#include <QtCore/QFuture>

namespace sendivent {

class Backend;

// What a remote API tells of its workspace: every event with its templates, and the
// integrations (never their secrets).
struct RemoteWorkspace
{
    QList<Event> events;
    QList<Integration> integrations;
};

// Reads it from `remote` (a RemoteBackend, or any backend): the event list, then each
// event for its templates (the list carries none), then the integrations; the first
// failure ends it, its message naming what could not be read. Resolves on the
// backend's thread.
QFuture<Result<RemoteWorkspace>> pullRemoteWorkspace(Backend &remote);

// A workspace fixture (DESIGN §11) made of the local one with what a remote Sendivent
// API tells of its own workspace put in: its events with their templates, and its
// integrations. The remote never sends secrets; importing the fixture keeps the ones
// stored locally for the same channel and provider. The API has no route for the
// app's name, its plan, its verified senders or its partials: those stay the local
// ones, and so do the baseline contacts given.
Json fixtureWithRemoteWorkspace(const Workspace &local, const Json &baselineContacts, const RemoteWorkspace &remote);

} // namespace sendivent

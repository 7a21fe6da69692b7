#pragma once

#include "json.h"
#include "workspace.h"

namespace sendivent {

// A workspace fixture (DESIGN §11) made of the local one with what a remote Sendivent
// API tells of its own workspace put in: its events with their templates, and its
// integrations. The remote never sends secrets; importing the fixture keeps the ones
// stored locally for the same channel and provider. The API has no route for the
// app's name, its plan, its verified senders or its partials: those stay the local
// ones, and so do the baseline contacts given.
Json fixtureWithRemoteWorkspace(const Workspace &local, const Json &baselineContacts, const QList<Event> &events,
                                const QList<Integration> &integrations);

} // namespace sendivent

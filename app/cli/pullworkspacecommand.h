#pragma once

#include <QtCore/QStringList>

namespace sendivent::app {

// `sendivent-console pull-workspace --from sandbox|production|URL [--to FILE]`: reads the
// remote workspace's events (with their templates) and integrations, and writes them as
// a workspace fixture to FILE, or imports them into the local data folder so that app
// tests run against the team's real templates. Exit 0 done, 1 the remote or the data
// folder failed, 2 a usage error or production without --allow-production.
int runPullWorkspaceCommand(const QStringList &arguments);

} // namespace sendivent::app

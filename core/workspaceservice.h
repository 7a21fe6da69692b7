#pragma once

#include "fixture.h"
#include "result.h"
#include "statementcache.h"
#include "workspace.h"

#include <memory>

namespace sendivent {

class ChangeNotifier;
class Database;

// The workspace as the rest of the core sees it: a cached, immutable snapshot that is
// reloaded when another thread (or process) stored a newer revision, and the
// operations that replace it whole.
class WorkspaceService final
{
public:
    explicit WorkspaceService(const Database &db, ChangeNotifier *notifier = nullptr);

    using Snapshot = std::shared_ptr<const Workspace>;
    Result<Snapshot> current();
    qint64 cachedRevision() const { return m_revision; }

    // Replaces the workspace (not contacts). Templates are checked; nothing is written
    // when anything is wrong.
    Status replace(const Workspace &workspace);

    struct ImportSummary
    {
        int events = 0;
        int contactsCreated = 0;
        int contactsUpdated = 0;
    };
    // DESIGN §11: replaces everything but contacts, upserts the fixture's contacts,
    // and rejects an invalid fixture whole.
    Result<ImportSummary> importFixture(const Json &fixture);
    Result<Json> exportFixture();

    // POST /_local/reset: drops contacts and all traffic, keeps the workspace.
    Status resetTraffic();

    // Loads the built-in demo workspace when nothing was ever stored.
    Status seedDemoIfEmpty();
    static Json demoFixture();

    // Tables holding traffic (dropped by reset). Modules that add such tables add
    // them here, in deletion order (children first).
    static QStringList trafficTables();

private:
    // The revision the store bumps on every write (0 for an empty database).
    Result<qint64> storedRevision();

    const Database &m_db;
    ChangeNotifier *m_notifier;
    StatementCache m_statements; // current() asks for the revision on every send
    Snapshot m_snapshot;
    qint64 m_revision = -1;
};

} // namespace sendivent

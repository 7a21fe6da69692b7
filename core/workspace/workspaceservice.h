#pragma once

#include "base/result.h"
#include "fixture.h"
#include "storage/statementcache.h"
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
    // The snapshot for a revision the caller has just read from settings ('revision'),
    // as the send path does together with the contacts' revision in one statement.
    Result<Snapshot> current(qint64 storedRevision);
    qint64 cachedRevision() const { return m_revision; }

    // Replaces the workspace (not contacts). Templates are checked; nothing is written
    // when anything is wrong.
    Status replace(const Workspace &workspace);

    using ImportSummary = sendivent::ImportSummary;
    using ImportOptions = sendivent::ImportOptions;
    // DESIGN §11 (revised 2026-12-04): replaces the workspace and its contacts with the
    // fixture's, which become the baseline a reset returns to; rejects an invalid
    // fixture whole. Integrations given without `secrets` keep the stored secrets of
    // the integration of the same channel and provider, so an exported fixture (which
    // carries none) can be imported back without losing them.
    Result<ImportSummary> importFixture(const Json &fixture, ImportOptions options);
    Result<ImportSummary> importFixture(const Json &fixture) { return importFixture(fixture, {}); }
    // The fixture itself, baseline contacts included, secrets stripped: what
    // importFixture() takes back unchanged.
    Result<Json> exportFixture();

    struct ResetOptions
    {
        bool webhookEndpoint = false; // also drop the webhook endpoint's configuration
    };
    // POST /_local/reset, in one transaction: the baseline contacts exactly as they were
    // imported (the same uuids), every other contact and all traffic gone (deliveries and
    // their timelines, idempotency keys, webhook messages and attempts, the journal).
    Status resetToBaseline(ResetOptions options);

    // Loads the built-in demo workspace when nothing was ever stored.
    Status seedDemoIfEmpty();
    static Json demoFixture();

    // Tables holding traffic (dropped by reset), in deletion order (children first).
    static QStringList trafficTables();

private:
    // The revision the store bumps on every write (0 for an empty database).
    Result<qint64> storedRevision();
    // Records the listed contacts, rows and push tokens as they are now, as the baseline.
    Status storeBaseline(const QStringList &uuids, const Json &fixtureContacts);

    const Database &m_db;
    ChangeNotifier *m_notifier;
    StatementCache m_statements; // current() asks for the revision on every send
    Snapshot m_snapshot;
    qint64 m_revision = -1;
};

} // namespace sendivent

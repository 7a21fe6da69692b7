#include "services.h"

#include "changenotifier.h"
#include "emulation/faults.h"
#include "storage/database.h"

#include <QtCore/QTimer>

#include <limits>

namespace sendivent {

Services::Services(const Database &database, ChangeNotifier *changes, Clock &emulatedClock)
    : db(database)
    , notifier(changes)
    , clock(emulatedClock)
    , workspace(database, changes)
    , contacts(database, changes)
    , keys(database)
    , deliveries(database)
    , outcomes(database, deliveries, changes)
    , send(database, workspace, deliveries, &outcomes, changes)
    , idempotency(database)
    , journal(database)
    , webhooks(database)
    , webhookOutbox(database, &emulatedClock)
    , checkpointer(database)
    , release(database, deliveries, workspace, changes)
    , pruner(commits, &emulatedClock)
    , commits(database)
{
    outcomes.setGroupCommit(&commits);
    commits.setHealth(&health);
    webhookOutbox.setHealth(&health);
    // Everything time-based follows the one clock (issue 23).
    contacts.setClock(&clock);
    outcomes.setClock(&clock);
    send.setClock(&clock);
    idempotency.setClock(&clock);
    contacts.setBeforeWrite([this] { settleContacts(); });
}

Services::~Services() = default;

void Services::settle()
{
    commits.flush();
    writeJournal();
    commits.flush();
}

void Services::writeJournal()
{
    QList<JournalEntry> entries = journal.takePending();
    if (entries.isEmpty())
        return;
    commits.submit([entries, capacity = journal.capacity()](
                       WriteSession &session) { return JournalStore::write(session.statements, entries, capacity); },
                   [this, entries](Status written) {
                       if (written)
                           return;
                       journal.restore(entries);
                       // Tried again on its own, so health comes back once the disk has
                       // room even when nothing else writes (a poller sees it).
                       if (!m_journalRetry) {
                           m_journalRetry = true;
                           QTimer::singleShot(kJournalRetryMs, &commits, [this] {
                               m_journalRetry = false;
                               writeJournal();
                           });
                       }
                   });
}

Status Services::applyRetention(const RetentionPolicy &policy, bool store)
{
    if (store) {
        if (Status s = saveRetention(db, policy); !s)
            return s;
    }
    journal.setCapacity(policy.maxJournal);
    pruner.setPolicy(policy);
    return {};
}

Result<CompactOutcome> Services::compact()
{
    settle();
    Result<CompactOutcome> outcome = databaseError();
    commits.runOnWriter([&outcome](WriteSession &session) { outcome = compactDatabase(session.db); });
    return outcome;
}

Result<StorageStats> Services::storage()
{
    settle();
    return storageStats(db, pruner.policy(), clock.nowMs());
}

void Services::reclaimAll()
{
    commits.runOnWriter([](WriteSession &session) {
        (void)reclaimFreePages(session.statements, 0);
        (void)session.statements.query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, {});
    });
}

void Services::settleContacts()
{
    if (send.hasPendingContacts())
        commits.flush();
}

Status Services::eraseContact(const QString &identifier)
{
    // Nothing about the contact still on its way to the database comes back after it.
    settle();
    return contacts.remove(identifier);
}

Status Services::reset(ResetOptions options)
{
    settle(); // nothing still on its way to the database comes back after the reset
    WorkspaceService::ResetOptions workspaceOptions;
    workspaceOptions.webhookEndpoint = options.webhookEndpoint;
    if (Status s = workspace.resetToBaseline(workspaceOptions); !s)
        return s;
    send.forgetDailyCounts(); // the deliveries they were counted from are gone
    // Back to the clock's baseline too (issue 23): the wall clock, or frozen at now
    // with --clock frozen. Nothing stored is dated after it any more.
    clock.start(clockStartsFrozen, 0);
    if (faults)
        faults->clear(); // a reset test run starts without injected faults (issue 23)
    reclaimAll();        // the file shrinks back (issue 22)
    return {};
}

Result<int> Services::contactLimit()
{
    if (!contactLimitEnforced)
        return std::numeric_limits<int>::max();
    auto ws = workspace.current();
    if (!ws)
        return ws.error();
    return (*ws)->plan.contactLimit;
}

} // namespace sendivent

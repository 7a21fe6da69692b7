#pragma once

#include <apikeystore.h>
#include <clock.h>
#include <contactservice.h>
#include <database.h>
#include <deliverystore.h>
#include <groupcommit.h>
#include <idempotencystore.h>
#include <journalstore.h>
#include <mail/releaseservice.h>
#include <provideroutcomes.h>
#include <pruner.h>
#include <sendservice.h>
#include <walcheckpointer.h>
#include <webhookoutbox.h>
#include <webhookservice.h>
#include <workspaceservice.h>
#include <writehealth.h>

#include <QtCore/QTimer>

#include "deliverywaits.h"
#include "eventstream.h"
#include "webhookdispatcher.h"

namespace sendivent {
class ChangeNotifier;
class Database;
class FaultRules;
}

namespace sendivent::server {

// The core services the routes work on, built once per server on the server's thread.
struct ServerContext
{
    ServerContext(const Database &database, ChangeNotifier *changes, Clock &emulatedClock)
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
        , webhookDispatcher(webhookOutbox)
        , waits(changes)
        , events(deliveries, changes, webhookDispatcher)
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
        webhookDispatcher.setClock(&clock);
    }

    const Database &db;
    ChangeNotifier *notifier;
    Clock &clock; // the emulator's time, shared with the GUI's backend
    WriteHealth health; // whether the database takes writes (GET /healthz); outlives the writers reporting to it
    WorkspaceService workspace;
    ContactService contacts;
    bool contactLimitEnforced = true; // the plan's contact quota; false with --limits off
    bool clockStartsFrozen = false;   // --clock frozen: where POST /_local/reset returns the clock
    ApiKeyStore keys;
    DeliveryStore deliveries;
    ProviderOutcomes outcomes; // emulated provider reports, on the server thread
    SendService send;
    IdempotencyStore idempotency;
    JournalStore journal; // the request journal, flushed by LocalServer
    WebhookService webhooks;
    WebhookOutbox webhookOutbox;
    WebhookDispatcher webhookDispatcher; // sends the outbox, on the server thread
    DeliveryWaits waits;                 // long-polls of the deliveries routes
    EventStream events;                  // subscribers of GET /_local/events
    WalCheckpointer checkpointer; // WAL checkpoints off the server's thread
    mail::ReleaseService release; // captured email to a real inbox (issue 23); off until configured
    Pruner pruner;                // retention (issue 22): prune batches on the writer, between groups
    GroupCommit commits;          // declared last: flushed before the services it calls go
    FaultRules *faults = nullptr; // faults on demand (issue 23), owned by LocalServer
    bool proxying = false;        // proxy mode: /v1 is forwarded, no fault applies

    // Hands what the journal buffered to the group commit's writer.
    void writeJournal()
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
                           if (!journalRetry) {
                               journalRetry = true;
                               QTimer::singleShot(kJournalRetryMs, &commits, [this] {
                                   journalRetry = false;
                                   writeJournal();
                               });
                           }
                       });
    }
    // The retention policy in force: the pruner's and the journal's ring. Stored too
    // when `store` (the settings store: a reset keeps it, a fixture leaves it out).
    Status applyRetention(const RetentionPolicy &policy, bool store)
    {
        if (store) {
            if (Status s = saveRetention(db, policy); !s)
                return s;
        }
        journal.setCapacity(policy.maxJournal);
        pruner.setPolicy(policy);
        return {};
    }

    // Compact now: VACUUM on the writer's connection, after everything answered so far.
    Result<CompactOutcome> compact()
    {
        settle();
        Result<CompactOutcome> outcome = databaseError();
        commits.runOnWriter([&outcome](WriteSession &session) { outcome = compactDatabase(session.db); });
        return outcome;
    }

    // After a reset: the free pages back to the file system, the WAL cut back.
    void reclaimAll()
    {
        commits.runOnWriter([](WriteSession &session) {
            (void)reclaimFreePages(session.statements, 0);
            (void)session.statements.query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, {});
        });
    }

    static constexpr int kJournalRetryMs = 2000;
    bool journalRetry = false; // a retry of the journal's unsaved entries is armed

    // Everything answered so far is in the database, the journal of it included
    // (or, while the database refuses writes, kept by the journal in memory).
    void settle()
    {
        commits.flush();
        writeJournal();
        commits.flush();
    }
};

class Router;

// One function per resource file registers its routes.
void registerSystemRoutes(Router &router, ServerContext &context);
void registerEventRoutes(Router &router, ServerContext &context);
void registerIntegrationRoutes(Router &router, ServerContext &context);
void registerLocalRoutes(Router &router, ServerContext &context);
void registerContactRoutes(Router &router, ServerContext &context);
void registerSendRoutes(Router &router, ServerContext &context);
void registerDeliveryRoutes(Router &router, ServerContext &context);
void registerWebhookRoutes(Router &router, ServerContext &context);
void registerLiveEventRoutes(Router &router, ServerContext &context);
void registerClockRoutes(Router &router, ServerContext &context);

// The clock as GET /_local/clock and the clock.changed event tell it.
Json clockJson(const Clock &clock);
void registerFaultRoutes(Router &router, ServerContext &context);
void registerReleaseRoutes(Router &router, ServerContext &context);

} // namespace sendivent::server

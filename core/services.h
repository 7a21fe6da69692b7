#pragma once

#include "auth/apikeystore.h"
#include "contacts/contactservice.h"
#include "deliveries/deliverystore.h"
#include "emulation/clock.h"
#include "emulation/provideroutcomes.h"
#include "mail/releaseservice.h"
#include "send/sendservice.h"
#include "storage/groupcommit.h"
#include "storage/idempotencystore.h"
#include "storage/journalstore.h"
#include "storage/pruner.h"
#include "storage/retention.h"
#include "storage/walcheckpointer.h"
#include "storage/writehealth.h"
#include "webhooks/webhookoutbox.h"
#include "webhooks/webhookservice.h"
#include "workspace/workspaceservice.h"

#include <QtCore/QObject>

namespace sendivent {

class ChangeNotifier;
class Database;
class FaultRules;

// The composition root (issue 19): every core service over one database, built once
// on the thread that owns them (the local server's), and used from there by the HTTP
// routes, headless mode and the GUI alike. The GUI reaches them through LocalBackend,
// which runs each call on this thread; nothing else opens a second copy of them.
//
// Writes go through one writer (`commits`, see GroupCommit). The sanctioned exceptions,
// written on this thread's own connection in short transactions of their own, are
// listed in groupcommit.h.
class Services
{
public:
    Services(const Database &database, ChangeNotifier *changes, Clock &emulatedClock);
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;
    virtual ~Services();

    // An object on the services' thread: what LocalBackend queues its calls to.
    QObject *home() { return &m_home; }

    // Everything answered so far is in the database, the journal of it included
    // (or, while the database refuses writes, kept by the journal in memory).
    void settle();
    // Hands what the journal buffered to the writer.
    void writeJournal();

    // The retention policy in force: the pruner's and the journal's ring. Stored too
    // when `store` (the settings store: a reset keeps it, a fixture leaves it out).
    Status applyRetention(const RetentionPolicy &policy, bool store);
    // Compact now: VACUUM on the writer's connection, after everything answered so far.
    Result<CompactOutcome> compact();
    // What is stored, what retention keeps and would remove now.
    Result<StorageStats> storage();

    // Contacts that sends decided are written by the writer with their deliveries; a
    // contact write on this thread's connection lets them land first (cheap when
    // there are none), so neither undoes the other.
    void settleContacts();

    // GDPR erasure of one contact (DELETE /v1/contacts/{id}): after everything answered
    // so far, everything that names the contact, in one transaction (core/contacts/erasure.h).
    Status eraseContact(const QString &identifier);

    struct ResetOptions
    {
        bool webhookEndpoint = false; // the endpoint goes too
    };
    // POST /_local/reset: back to the baseline in one transaction (the workspace stays,
    // the fixture's contacts come back as imported, all traffic goes), then the daily
    // counts, the clock and the injected faults back to theirs, and the space freed.
    Status reset(ResetOptions options);

    // The plan's contact quota, unless the limits are off.
    Result<int> contactLimit();

    const Database &db;
    ChangeNotifier *notifier;
    Clock &clock;        // the emulator's time (issue 23)
    WriteHealth health;  // whether the database takes writes (GET /healthz); outlives the writers reporting to it
    WorkspaceService workspace;
    ContactService contacts;
    bool contactLimitEnforced = true; // the plan's contact quota; false with --limits off
    bool clockStartsFrozen = false;   // --clock frozen: where a reset returns the clock
    ApiKeyStore keys;
    DeliveryStore deliveries;
    ProviderOutcomes outcomes; // emulated provider reports
    SendService send;
    IdempotencyStore idempotency;
    JournalStore journal;      // the request journal, buffered and written by writeJournal()
    WebhookService webhooks;
    WebhookOutbox webhookOutbox;
    WalCheckpointer checkpointer;  // WAL checkpoints off this thread
    mail::ReleaseService release;  // captured email to a real inbox (issue 23); off until configured
    Pruner pruner;                 // retention (issue 22): prune batches on the writer, between groups
    GroupCommit commits;           // declared last: flushed before the services it calls go
    FaultRules *faults = nullptr;  // faults on demand (issue 23), owned by whoever built this

private:
    void reclaimAll();

    static constexpr int kJournalRetryMs = 2000;
    bool m_journalRetry = false; // a retry of the journal's unsaved entries is armed
    QObject m_home;
};

} // namespace sendivent

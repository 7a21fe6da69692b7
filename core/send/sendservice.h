#pragma once

#include "contacts/contactservice.h"
#include "contacts/pendingcontacts.h"
#include "deliveries/deliverystore.h"
#include "messagerenderer.h"
#include "senderror.h"
#include "sendrequest.h"
#include "storage/statementcache.h"

#include <QtCore/QHash>

#include <array>
#include <memory>

namespace sendivent {

class ChangeNotifier;
class Clock;
class Database;
class FaultRules;
class ProviderOutcomes;
class WorkspaceService;

// A delivery ready to be stored, with what the provider emulation will report later.
struct NewDelivery
{
    Delivery delivery;
    std::optional<PendingOutcome> pending;
};

struct SendResult
{
    QList<QPair<Channel, QString>> deliveries; // every delivery, failed ones too: channel → uuid
    QList<SendError> errors;                   // only where no delivery was made
    QList<NewDelivery> rows;                   // the deliveries to store, in the same order
    QList<Contact> contacts;                   // the recipients' rows to store first, whole (ContactStore::write)
    // Faults the rules injected (issue 23): "<rule id> <kind>" for X-Sendivent-Fault,
    // and the deliveries they shaped.
    QStringList faults;
    QList<QPair<QString, QString>> injectedDeliveries; // uuid → marker
};

// The send pipeline of DESIGN §5: resolves recipients (creating or upserting
// contacts), plans channels, checks addons, integrations, identifiers and senders,
// renders each recipient's own content and runs the provider emulation. send()
// writes nothing: store() writes the contacts and deliveries it decided (in the
// caller's transaction, which may group many sends), and publish() tells the rest of
// the application once that transaction is committed, or discard() forgets them if
// it was not. Until then later sends see those contacts as they will be stored.
class SendService final
{
public:
    SendService(const Database &db, WorkspaceService &workspace, DeliveryStore &deliveries,
                ProviderOutcomes *outcomes, ChangeNotifier *notifier);

    // The emulator's time (issue 23): timestamps, the quota's day. Without one, the
    // wall clock.
    void setClock(const Clock *clock)
    {
        m_clock = clock;
        m_contacts.setClock(clock);
    }

    // With --limits off, new contacts are not held to the plan's contact quota.
    void setContactLimitEnforced(bool enforced) { m_enforceContactLimit = enforced; }
    // Provider faults on demand (issue 23); null or empty: none.
    void setFaults(FaultRules *faults) { m_faults = faults; }

    // The reference's daily notification quota per environment (DESIGN §5): a
    // notification counts when a provider accepts it. Off unless the server turns it
    // on (--limits on); the console's own test sends are not held to it.
    struct DailyQuota
    {
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0; // the next 00:00 UTC
    };
    void setDailyQuotaEnforced(bool enforced) { m_enforceDailyQuota = enforced; }
    DailyQuota dailyQuota(Environment environment);
    // After deliveries were dropped (POST /_local/reset): count again from the database.
    void forgetDailyCounts() { m_daily = {}; }

    // Errors end the whole request: EVENT_NOT_FOUND, VALIDATION_ERROR (a forced
    // channel the event does not use), SERVER_ERROR. Everything else is per
    // recipient and channel, in the result.
    Result<SendResult> send(const SendRequest &request);
    Status store(const SendResult &result) { return store(m_deliveries, m_statements, result); }
    // The same on another connection: the group commit's writer thread has its own.
    static Status store(DeliveryStore &deliveries, StatementCache &statements, const SendResult &result);

    // After the caller committed: change notifications and the provider outcomes.
    void publish(const SendResult &result);
    // After the caller's transaction failed: the result's contacts were not stored.
    void discard(const SendResult &result);
    // Whether contacts decided by sends still wait for their commit: a contact write
    // on another connection must let them land first (Services::settleContacts()).
    bool hasPendingContacts() const { return !m_pending.isEmpty(); }

private:
    struct ChannelPlan;
    struct Target;
    struct Resolved
    {
        Contact contact;
        Json json; // the contact as templates see it (ContactService::toJson)
    };

    // Shared: a recipient kept for the next request is not copied for each one.
    using ResolvedPtr = std::shared_ptr<const Resolved>;
    Result<ResolvedPtr> resolve(const SendRecipient &recipient, int contactLimit, qint64 contactsRevision,
                                SendResult &result);
    Result<ResolvedPtr> upsert(const ContactInput &input, int contactLimit, SendResult &result);
    Result<ResolvedPtr> findByIdentifier(const QString &identifier, qint64 contactsRevision);
    void sendToChannel(const SendRequest &request, const ChannelPlan &plan, const Target &target, SendResult &result);

    // Notifications accepted today, per environment; read from the database on the
    // first use of a UTC day, counted here from then on.
    struct DailyCount
    {
        qint64 day = -1;
        int used = 0;
    };
    DailyCount &dailyCount(Environment environment);

    // The workspace's and the contacts' revisions, read once and kept while
    // revisionChanges() (storage/connectionhooks.h) stays at `changes`: under send load no commit
    // changes either, so a send reads neither (a read transaction each time cost
    // about a tenth of the server thread).
    struct Revisions
    {
        quint64 changes = 0;
        qint64 workspace = 0; // 0: none stored yet (an empty database)
        qint64 contacts = -1;
    };
    Result<Revisions> revisions();
    std::optional<Revisions> m_revisions;

    const Database &m_db;
    ContactService m_contacts;
    WorkspaceService &m_workspace;
    DeliveryStore &m_deliveries;
    ProviderOutcomes *m_outcomes;
    ChangeNotifier *m_notifier;
    const Clock *m_clock = nullptr;
    FaultRules *m_faults = nullptr;
    MessageRenderer m_renderer;
    bool m_enforceContactLimit = true;
    bool m_enforceDailyQuota = false;
    std::array<DailyCount, 2> m_daily;

    // Recipients named by a string, as last read, while the contacts revision (kept by
    // triggers on every contact change) stays what it was: an app sending to the same
    // users over and over costs one tiny read instead of three lookups. Not used while
    // contacts are pending: they are not in the database yet.
    StatementCache m_statements;
    QHash<QString, ResolvedPtr> m_recipients;
    qint64 m_recipientsRevision = -1;
    PendingContacts m_pending; // decided by sends, not committed yet
};

} // namespace sendivent

#pragma once

#include "base/result.h"
#include "delivery.h"
#include "storage/statementcache.h"
#include "webhooks/webhookoutbox.h"

#include <optional>

namespace sendivent {

class Database;

// What GET /v1/deliveries filters on; unset members do not filter.
// Which deliveries a list or count covers; every member given narrows it further.
// Each one is served by an index (migration 8), so a lookup by recipient, message id
// or contact stays fast however many deliveries there are.
struct DeliveryFilter
{
    std::optional<Environment> environment;
    QString eventName;
    std::optional<Channel> channel;
    QStringList statuses;  // any of them
    QString recipient;     // exactly this recipient, letter case aside (emails)
    QString contact;       // any identifier of the contact: uuid, external id, email, phone, chat ids
    QString messageId;     // the provider's message id
    // The search box: a delivery uuid (8 or more leading characters), the start of a
    // recipient or message id, or any identifier of the contact.
    QString search;
    QDateTime createdFrom;   // inclusive; invalid: no lower bound
    QDateTime createdBefore; // exclusive; invalid: no upper bound
    // The list's order: newest first unless set. Both read the same index (rowid, or
    // deliveries_created with a time range) forwards or backwards.
    bool oldestFirst = false;

    bool hasTimeRange() const { return createdFrom.isValid() || createdBefore.isValid(); }
};

// An outcome the provider emulation owes a delivery it accepted (DESIGN §7).
struct PendingOutcome
{
    QString uuid;
    QString outcome; // one of deliveryOutcomes()
    QString detail;
    int extraDelayMs = 0; // an injected latency (issue 23); not kept across a restart
};

// Deliveries and their timelines in SQLite. Writes run in the caller's transaction,
// so a send commits its deliveries together with everything else it wrote — and with
// the webhook messages announcing each status change (DESIGN §8), which every write
// here puts into the outbox.
class DeliveryStore final
{
public:
    explicit DeliveryStore(const Database &db);

    // Stores a new delivery with its timeline. `pending` is what the provider
    // emulation will report later; it is kept so a restart can still report it.
    Status insert(const Delivery &delivery, const std::optional<PendingOutcome> &pending = std::nullopt);

    // One delivery with its content and timeline.
    Result<std::optional<Delivery>> find(const QString &uuid) const;
    // Newest first, without content and timeline. With a time range the order is
    // created_at's (the same order: rows are written as they are created), so the
    // range is read from its index without sorting.
    Result<QList<Delivery>> list(const DeliveryFilter &filter, int limit, int offset) const;
    Result<qint64> count(const DeliveryFilter &filter) const;
    // EXPLAIN QUERY PLAN of list() and count() for `filter`, one line per step: what
    // the tests and the benchmark check to know a lookup reads an index.
    QStringList queryPlans(const DeliveryFilter &filter) const;

    // Records a provider report: the status, `error` for anything but delivered,
    // delivered_at, and a timeline entry; settles any outcome still owed. Returns
    // whether the delivery exists.
    Result<bool> recordOutcome(const QString &uuid, const QString &outcome, const QString &detail,
                               const QDateTime &at);

    // The emulated outcomes of many deliveries at once (few statements however many
    // there are), each only if still owed. Returns the uuids that changed.
    Result<QStringList> recordOwedOutcomes(const QList<PendingOutcome> &outcomes, const QDateTime &at);

    // Adds a step to a delivery's timeline that changes nothing else (a release to a
    // real inbox, issue 23): no status change, no webhook. Returns whether it exists.
    Result<bool> appendTimeline(const QString &uuid, const TimelineEntry &entry);

    // Every outcome still owed, oldest delivery first (read at start-up).
    Result<QList<PendingOutcome>> pendingOutcomes() const;

    // deliveries_totals (what GET /v1/deliveries answers its total from) follows the
    // inserts and status changes made here (migration 12 dropped the triggers that did
    // it per row); deletions, whoever makes them, keep it by trigger. By default each
    // write updates it at once, in the caller's transaction. The group commit's writer
    // defers instead: a whole group's changes become one statement per (environment,
    // status), written by flushTotals() just before the group commits, and dropped by
    // discardTotals() when it rolls back.
    void setDeferTotals(bool defer)
    {
        m_deferTotals = defer;
        m_totals.clear();
    }
    Status flushTotals();
    void discardTotals() { m_totals.clear(); }

private:
    Status insertTimeline(qint64 deliveryId, int firstSeq, const QList<TimelineEntry> &entries);
    void countTotal(Environment environment, const QString &status, qint64 delta);
    Status settleTotals();

    struct TotalChange
    {
        Environment environment;
        QString status;
        qint64 delta;
    };

    mutable StatementCache m_statements;
    WebhookOutbox m_webhooks;
    QList<TotalChange> m_totals; // not yet written: a handful (environments × statuses)
    bool m_deferTotals = false;
};

} // namespace sendivent

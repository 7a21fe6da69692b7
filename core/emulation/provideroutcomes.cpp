#include "provideroutcomes.h"

#include "changenotifier.h"
#include "clock.h"
#include "storage/database.h"
#include "storage/groupcommit.h"

#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>

#include <algorithm>
#include <memory>

namespace sendivent {

Q_LOGGING_CATEGORY(lcOutcomes, "sendivent.outcomes")

using namespace Qt::StringLiterals;

namespace {

// Outcomes due this close together are written in the same transaction, so a busy
// server does one write per tick instead of one per delivery.
constexpr qint64 kCoalesceMs = 10;
constexpr int kMaxPerTransaction = 5000;
constexpr int kRetryAfterFailureMs = 1000;

QString simulatedDetail(const QString &outcome)
{
    if (outcome == u"bounced"_s)
        return u"Permanent bounce (General): simulated"_s;
    if (outcome == u"complained"_s)
        return u"Complaint (abuse): simulated"_s;
    if (outcome == u"failed"_s)
        return u"Provider reported a permanent failure: simulated"_s;
    return u"Simulated delivery"_s;
}

} // namespace

ProviderOutcomes::ProviderOutcomes(const Database &db, DeliveryStore &store, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
    , m_notifier(notifier)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ProviderOutcomes::applyDue);
}

void ProviderOutcomes::schedule(const QList<PendingOutcome> &outcomes)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool sooner = false;
    for (const PendingOutcome &o : outcomes) {
        // Sorted by due time: an injected latency (issue 23) puts an outcome behind
        // later sends'. Never in front of what is with the group commit now.
        const Entry entry{now + m_delay.count() + o.extraDelayMs, o};
        auto at = std::upper_bound(m_queue.begin() + m_inFlight, m_queue.end(), entry.dueMs,
                                   [](qint64 due, const Entry &e) { return due < e.dueMs; });
        sooner = sooner || at == m_queue.begin() + m_inFlight;
        m_queue.insert(at, entry);
    }
    if (!m_writing && (!m_timer.isActive() || sooner))
        arm();
}

Status ProviderOutcomes::resume()
{
    auto owed = m_store.pendingOutcomes();
    if (!owed)
        return owed.error();
    if (!owed->isEmpty())
        qCDebug(lcOutcomes) << "resuming" << owed->size() << "owed provider outcomes";
    schedule(*owed);
    return {};
}

void ProviderOutcomes::arm()
{
    if (m_queue.empty())
        return;
    const qint64 wait = m_queue.front().dueMs - QDateTime::currentMSecsSinceEpoch();
    m_timer.start(int(std::clamp<qint64>(wait, 0, 24 * 3600 * 1000)));
}

void ProviderOutcomes::applyDue()
{
    if (m_writing)
        return; // written() arms the timer again
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + kCoalesceMs;
    size_t taken = 0;
    while (taken < m_queue.size() && m_queue[taken].dueMs <= horizon && int(taken) < kMaxPerTransaction)
        ++taken;
    QList<PendingOutcome> due;
    due.reserve(qsizetype(taken));
    for (size_t i = 0; i < taken; ++i)
        due.append(m_queue[i].outcome);
    const QDateTime at = clockNow(m_clock);

    if (m_commits) {
        // The entries stay queued until written() hears they are committed.
        m_writing = true;
        m_inFlight = taken;
        auto changed = std::make_shared<QStringList>();
        m_commits->submit(
            [due = std::move(due), at, changed](WriteSession &session) -> Status {
                auto recorded = session.deliveries.recordOwedOutcomes(due, at);
                if (!recorded)
                    return recorded.error();
                *changed = std::move(*recorded);
                return {};
            },
            [this, taken, changed](Status committed) {
                m_writing = false;
                m_inFlight = 0;
                written(qsizetype(taken), committed ? Result<QStringList>(*changed) : Result<QStringList>(committed.error()));
            });
        return;
    }
    Result<QStringList> changed = QStringList();
    {
        Transaction tx(m_db);
        changed = tx.isActive() ? m_store.recordOwedOutcomes(due, at) : Result<QStringList>(databaseError());
        if (changed) {
            if (Status s = tx.commit(); !s)
                changed = s.error();
        }
    }
    written(qsizetype(taken), changed);
}

void ProviderOutcomes::written(qsizetype taken, const Result<QStringList> &changed)
{
    if (!changed) {
        // Keep them queued; the database may be busy (a long import, say).
        qCWarning(lcOutcomes) << "could not record provider outcomes; retrying";
        m_timer.start(kRetryAfterFailureMs);
        return;
    }
    m_queue.erase(m_queue.begin(), m_queue.begin() + taken);
    if (m_notifier) {
        for (const QString &uuid : std::as_const(*changed))
            Q_EMIT m_notifier->deliveryChanged(uuid);
    }
    arm();
}

Result<Delivery> ProviderOutcomes::simulate(const QString &uuid, const QString &outcome, const QString &detail)
{
    if (!deliveryOutcomes().contains(outcome))
        return Error::validation(u"Unknown outcome '%1'"_s.arg(outcome),
                                 {{u"outcome"_s, u"must be one of %1"_s.arg(deliveryOutcomes().join(u", "_s))}});
    auto existing = m_store.find(uuid);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error{ErrorCode::DeliveryNotFound, u"Delivery '%1' not found"_s.arg(uuid), {}};
    if (!(*existing)->sentAt.isValid())
        return Error{ErrorCode::Conflict,
                     u"Delivery '%1' was never accepted by a provider (it is %2), so no provider can report on it"_s
                         .arg(uuid, (*existing)->status),
                     {}};
    {
        Transaction tx(m_db);
        auto recorded = m_store.recordOutcome(uuid, outcome, detail.isEmpty() ? simulatedDetail(outcome) : detail,
                                              clockNow(m_clock));
        if (!recorded)
            return recorded.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (m_notifier)
        Q_EMIT m_notifier->deliveryChanged(uuid);
    auto updated = m_store.find(uuid);
    if (!updated)
        return updated.error();
    if (!updated->has_value())
        return Error{ErrorCode::DeliveryNotFound, u"Delivery '%1' not found"_s.arg(uuid), {}};
    return std::move(**updated);
}

} // namespace sendivent

#include "clock.h"

#include "base/timeutil.h"
#include "storage/database.h"

#include <QtSql/QSqlQuery>

#include <QtCore/QMutexLocker>
#include <QtCore/QRegularExpression>

namespace sendivent {

using namespace Qt::StringLiterals;

Clock::Clock(QObject *parent)
    : QObject(parent)
{
}

qint64 Clock::nowMs() const
{
    const qint64 frozen = m_frozenAtMs.load(std::memory_order_acquire);
    if (frozen != kNotFrozen)
        return frozen;
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load(std::memory_order_acquire);
}

qint64 Clock::offsetMs() const
{
    const qint64 frozen = m_frozenAtMs.load(std::memory_order_acquire);
    if (frozen != kNotFrozen)
        return frozen - QDateTime::currentMSecsSinceEpoch();
    return m_offsetMs.load(std::memory_order_acquire);
}

Clock::Mode Clock::mode() const
{
    if (m_frozenAtMs.load(std::memory_order_acquire) != kNotFrozen)
        return Mode::Frozen;
    return m_offsetMs.load(std::memory_order_acquire) == 0 ? Mode::Real : Mode::Offset;
}

QString Clock::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Real:
        return u"real"_s;
    case Mode::Offset:
        return u"offset"_s;
    case Mode::Frozen:
        return u"frozen"_s;
    }
    return {};
}

Status Clock::advance(qint64 ms)
{
    if (ms < 0)
        return Error::validation(u"The clock only moves forward"_s, {{u"advance"_s, u"must not be negative"_s}});
    {
        QMutexLocker lock(&m_write);
        const qint64 frozen = m_frozenAtMs.load();
        if (frozen != kNotFrozen)
            m_frozenAtMs.store(frozen + ms, std::memory_order_release);
        else
            m_offsetMs.fetch_add(ms, std::memory_order_acq_rel);
    }
    Q_EMIT changed();
    return {};
}

Status Clock::setTo(qint64 whenMs)
{
    {
        QMutexLocker lock(&m_write);
        const qint64 current = nowMs();
        if (whenMs < current)
            return Error{ErrorCode::Conflict,
                         u"The clock cannot go back: %1 is before the emulated time %2"_s.arg(
                             isoTimestamp(QDateTime::fromMSecsSinceEpoch(whenMs, Qt::UTC)),
                             isoTimestamp(QDateTime::fromMSecsSinceEpoch(current, Qt::UTC))),
                         {}};
        const qint64 frozen = m_frozenAtMs.load();
        if (frozen != kNotFrozen)
            m_frozenAtMs.store(whenMs, std::memory_order_release);
        else
            m_offsetMs.fetch_add(whenMs - current, std::memory_order_acq_rel);
    }
    Q_EMIT changed();
    return {};
}

void Clock::freeze()
{
    {
        QMutexLocker lock(&m_write);
        if (m_frozenAtMs.load() != kNotFrozen)
            return;
        m_frozenAtMs.store(nowMs(), std::memory_order_release);
    }
    Q_EMIT changed();
}

Status Clock::backToReal(qint64 floorMs)
{
    {
        QMutexLocker lock(&m_write);
        const qint64 wall = QDateTime::currentMSecsSinceEpoch();
        if (floorMs > wall)
            return Error{ErrorCode::Conflict,
                         u"The clock cannot go back to real time: stored data is dated up to %1, after the wall clock;"
                         " POST /_local/reset drops it and returns to real time"_s.arg(
                             isoTimestamp(QDateTime::fromMSecsSinceEpoch(floorMs, Qt::UTC))),
                         {}};
        m_offsetMs.store(0, std::memory_order_release);
        m_frozenAtMs.store(kNotFrozen, std::memory_order_release);
    }
    Q_EMIT changed();
    return {};
}

void Clock::start(bool frozen, qint64 floorMs)
{
    {
        QMutexLocker lock(&m_write);
        const qint64 wall = QDateTime::currentMSecsSinceEpoch();
        m_offsetMs.store(std::max<qint64>(0, floorMs - wall), std::memory_order_release);
        m_frozenAtMs.store(frozen ? std::max(wall, floorMs) : kNotFrozen, std::memory_order_release);
    }
    Q_EMIT changed();
}

Result<qint64> newestStoredTimeMs(const Database &db)
{
    // Each by an index or the end of a table, never a scan: this runs at start.
    const QString sql = u"SELECT max(coalesce((SELECT max(created_at, coalesce(sent_at, 0), coalesce(delivered_at, 0))"
                        " FROM deliveries ORDER BY id DESC LIMIT 1), 0),"
                        " coalesce((SELECT max(at) FROM delivery_events WHERE delivery_id ="
                        " (SELECT max(id) FROM deliveries)), 0),"
                        " coalesce((SELECT max(created_at) FROM idempotency_keys), 0),"
                        " coalesce((SELECT created_at FROM webhook_messages ORDER BY id DESC LIMIT 1), 0))"_s;
    auto q = execSql(db, sql);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

std::optional<qint64> parseDurationMs(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // ISO 8601: PnDTnHnMnS (weeks, months and years have no fixed length in ms or are
    // rarely meant; days are taken as 24 h, which is what UTC days are).
    static const QRegularExpression iso(
        u"^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,3})?)S)?)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = iso.match(t); m.hasMatch() && t.size() > 1 && !t.endsWith(u'T', Qt::CaseInsensitive)) {
        const qint64 ms = m.captured(1).toLongLong() * 86'400'000 + m.captured(2).toLongLong() * 3'600'000
            + m.captured(3).toLongLong() * 60'000 + qint64(m.captured(4).toDouble() * 1000.0 + 0.5);
        return ms;
    }
    static const QRegularExpression part(u"(\\d+)(ms|d|h|m|s)"_s);
    static const QRegularExpression whole(u"^(?:\\d+(?:ms|d|h|m|s))+$"_s);
    if (!whole.match(t).hasMatch())
        return std::nullopt;
    qint64 ms = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        if (n > 100LL * 365 * 86'400'000)
            return std::nullopt; // absurd, and overflow-prone
        ms += unit == u"ms"_s ? n
            : unit == u"s"_s  ? n * 1000
            : unit == u"m"_s  ? n * 60'000
            : unit == u"h"_s  ? n * 3'600'000
                              : n * 86'400'000;
    }
    return ms;
}

} // namespace sendivent

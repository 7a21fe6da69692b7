#pragma once

#include "base/result.h"

#include <QtCore/QDateTime>
#include <QtCore/QMutex>
#include <QtCore/QObject>

#include <atomic>
#include <limits>
#include <optional>

namespace sendivent {

// The emulator's time (issue 23): the wall clock, the wall clock moved forward by an
// offset, or a frozen instant. Everything the emulation does by time reads it —
// timestamps of new traffic, daily quotas, rate-limit windows, webhook retries,
// idempotency expiry — so a test can move time instead of sleeping. Built once where
// the services are composed (main, or LocalServer when given none) and handed to
// each of them; reading is lock-free and safe from any thread. It never goes back
// before a time the caller names as the newest stored one.
class Clock final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Real, Offset, Frozen };

    explicit Clock(QObject *parent = nullptr);

    qint64 nowMs() const;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    Mode mode() const;
    // How far the emulated time is ahead of the wall clock now (0 in Real mode).
    // Exact while running; a frozen clock's falls behind as the wall clock runs on.
    qint64 offsetMs() const;

    // Moves forward by `ms` (>= 0), frozen or running.
    Status advance(qint64 ms);
    // Moves to `when`, frozen or running; refused (CONFLICT) before now().
    Status setTo(qint64 whenMs);
    // Stops at now().
    void freeze();
    // Back to the wall clock, unless that is before `floorMs` (the newest stored
    // timestamp): then CONFLICT, and nothing changes.
    Status backToReal(qint64 floorMs);
    // At start and after a reset: the wall clock, frozen at now() if asked, but never
    // before `floorMs` (data written under an advanced clock by an earlier run).
    void start(bool frozen, qint64 floorMs);

    static QString modeName(Mode mode);

Q_SIGNALS:
    // The time was moved or the mode changed (not emitted as time merely passes).
    // Emitted on the thread that changed it; receivers get queued calls.
    void changed();

private:
    static constexpr qint64 kNotFrozen = std::numeric_limits<qint64>::min();
    // Readers take these without the lock: m_frozenAt decides, so writers set the
    // offset first and the frozen instant last.
    std::atomic<qint64> m_offsetMs{0};
    std::atomic<qint64> m_frozenAtMs{kNotFrozen};
    QMutex m_write; // one change at a time, so advance() never loses another's move
};

// now() of `clock`, or the wall clock without one (services built without a clock,
// such as a one-off read in a command-line tool).
inline qint64 clockNowMs(const Clock *clock)
{
    return clock ? clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}
inline QDateTime clockNow(const Clock *clock)
{
    return clock ? clock->now() : QDateTime::currentDateTimeUtc();
}

class Database;

// The newest time stored traffic carries — the newest delivery (created, sent,
// delivered and its timeline), idempotency keys, webhook messages: the
// clock never goes back before it, so "newest first" orders by row stay true.
Result<qint64> newestStoredTimeMs(const Database &db);

// A duration as `"5h"`, `"90m"`, `"1d"`, `"30s"`, `"250ms"` (also combined, `"1h30m"`)
// or ISO 8601 (`"PT5H"`, `"P1D"`, `"P1DT2H"`); nullopt when it is neither.
std::optional<qint64> parseDurationMs(const QString &text);

} // namespace sendivent

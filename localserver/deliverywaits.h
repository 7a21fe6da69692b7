#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace sendivent {
class ChangeNotifier;
}

namespace sendivent::server {

// The long-polls waiting for deliveries (GET /v1/deliveries?wait_for=N, the trace's
// ?wait_for_status=): each is a check that re-runs its query and answers when the
// query is satisfied, or at its time-out whatever it finds. Checks run again after
// the core reports a delivery change or a reset, coalesced to one round per
// kCoalesceMs however many changes came, on the server's thread and its own database
// connection: a wait never polls on a clock, never holds the group commit's writer,
// and costs nothing while no delivery changes.
class DeliveryWaits final : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryWaits(ChangeNotifier *notifier, QObject *parent = nullptr);
    ~DeliveryWaits() override;

    // Runs the query; answers and returns true when it is satisfied, or — when
    // `timedOut` — answers whatever it finds.
    using Check = std::function<bool(bool timedOut)>;
    // Waits at most `timeout` for `check` to answer.
    void add(std::chrono::milliseconds timeout, Check check);
    // Answers every wait now as timed out (the server is stopping).
    void finishAll();
    int pending() const { return int(m_waits.size()); }

    static constexpr int kCoalesceMs = 10;

private:
    struct Wait
    {
        Check check;
        std::unique_ptr<QTimer> timer;
    };
    void changed();
    void recheck();
    void expire(quint64 id);

    std::map<quint64, Wait> m_waits;
    quint64 m_nextId = 1;
    QTimer m_coalesce;
};

} // namespace sendivent::server

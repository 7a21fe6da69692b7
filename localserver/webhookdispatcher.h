#pragma once

#include <emulation/clock.h>
#include <webhooks/webhookoutbox.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>

#include <chrono>

class QNetworkReply;

namespace sendivent::server {

// Sends the webhook outbox (DESIGN §8) over QNetworkAccessManager on the server's
// thread, never blocking a request: each due message is POSTed with Standard Webhooks
// headers; a 2xx within the time-out delivers it, anything else is retried on the
// schedule until it is used up; 410 Gone disables the endpoint. Every attempt is
// recorded. Messages are read from SQLite, so what was pending when the server
// stopped goes out after the next start. An attempt the server stopped or crashed
// during is recorded as interrupted and counts: the next waits the schedule's next
// step (at-least-once: the endpoint may see that webhook-id twice).
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
public:
    explicit WebhookDispatcher(WebhookOutbox &outbox, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Delays between attempts: after the first failure wait schedule[0], and so on;
    // 1 + schedule.size() attempts in all.
    void setRetrySchedule(const QList<std::chrono::milliseconds> &schedule) { m_schedule = schedule; }
    // Due times, attempt times and retries follow the emulator's time (issue 23):
    // moving it forward poke()s, and what became due goes out at once. The
    // webhook-timestamp header stays the wall clock's, which receivers check
    // against their own. Without a clock, the wall clock.
    void setClock(const Clock *clock) { m_clock = clock; }
    // An attempt without a complete answer by then has failed.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Something may be due now (a delivery changed, a resend): looks soon, once.
    void poke();
    // Sends nothing more; the attempts in flight are abandoned and recorded as
    // interrupted (the next waits the schedule's next step).
    void stop();

Q_SIGNALS:
    // An attempt was recorded: `payload` is the message's body, `attempt` counts from 1
    // over the message's life, `status` is 0 without an answer, `outcome` is delivered
    // or failed (the live event stream reports it).
    void attemptMade(const QString &messageId, const QByteArray &payload, int attempt, int status,
                     const QString &outcome, const QString &error);

private:
    struct InFlight
    {
        DueWebhookMessage message;
        QPointer<QNetworkReply> reply;
        QDateTime startedAt;
        QElapsedTimer clock;
        QByteArray excerpt;
        qint64 received = 0; // the answer's body bytes, excerpt or not
        QString requestHeaders; // as sent, one "Name: value" a line
        bool timedOut = false;
    };

    void pump();
    void send(const DueWebhookMessage &message);
    void readExcerpt(InFlight &flight);
    void finish(qint64 rowId);
    void armNext();

    WebhookOutbox &m_outbox;
    const Clock *m_clock = nullptr;
    QNetworkAccessManager m_nam;
    QList<std::chrono::milliseconds> m_schedule;
    std::chrono::milliseconds m_timeout{15000};
    QHash<qint64, InFlight> m_inFlight;
    QTimer m_poke;
    QTimer m_next;
    bool m_stopped = false;
    bool m_recovered = false; // the attempts a crash interrupted are recorded
};

} // namespace sendivent::server

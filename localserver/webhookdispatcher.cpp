#include "webhookdispatcher.h"

#include <remote/outgoingheaders.h>
#include <webhooks/webhooksignature.h>

#include <QtCore/QLoggingCategory>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace sendivent::server {

Q_LOGGING_CATEGORY(lcWebhooks, "sendivent.webhooks")

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxInFlight = 8;
// A message in flight is claimed this long past its time-out, so no other sender
// takes it while the attempt may still be running. After a crash the next start does
// not wait for the claim: it records the attempt as interrupted at once.
constexpr qint64 kClaimMarginMs = 5000;
constexpr int kRetryAfterDatabaseErrorMs = 1000;
constexpr qint64 kMaxWaitMs = 3600 * 1000;

QString statusError(int status, const QNetworkReply *reply)
{
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    return reason.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 %2"_s.arg(status).arg(reason);
}

} // namespace

WebhookDispatcher::WebhookDispatcher(WebhookOutbox &outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    m_poke.setSingleShot(true);
    m_poke.setInterval(0);
    connect(&m_poke, &QTimer::timeout, this, &WebhookDispatcher::pump);
    m_next.setSingleShot(true);
    m_next.setTimerType(Qt::PreciseTimer);
    connect(&m_next, &QTimer::timeout, this, &WebhookDispatcher::pump);
}

WebhookDispatcher::~WebhookDispatcher()
{
    stop();
}

void WebhookDispatcher::poke()
{
    if (!m_stopped && !m_poke.isActive())
        m_poke.start();
}

void WebhookDispatcher::stop()
{
    m_stopped = true;
    m_poke.stop();
    m_next.stop();
    QHash<qint64, qint64> ranMs;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->reply) {
            it->reply->disconnect(this);
            it->reply->abort();
            it->reply->deleteLater();
        }
        ranMs.insert(it.key(), it->clock.elapsed());
    }
    m_inFlight.clear();
    // The endpoint may have received them: they count, as they would after a crash.
    if (!ranMs.isEmpty()) {
        if (auto recorded = m_outbox.recordInterrupted(m_schedule, clockNow(m_clock), ranMs, true);
            !recorded)
            qCWarning(lcWebhooks) << "cannot record the interrupted webhook attempts; the next start will";
    }
}

void WebhookDispatcher::pump()
{
    if (m_stopped)
        return;
    if (!m_recovered) {
        // Before anything is sent: what is still marked in flight belongs to a process
        // that crashed (one process per data folder), and its attempts count.
        auto recorded = m_outbox.recordInterrupted(m_schedule, clockNow(m_clock));
        if (!recorded) {
            qCWarning(lcWebhooks) << "cannot record the webhook attempts a crash interrupted; retrying";
            m_next.start(kRetryAfterDatabaseErrorMs);
            return;
        }
        if (*recorded > 0)
            qCInfo(lcWebhooks) << *recorded << "webhook attempts were interrupted by a crash; retried on the schedule";
        m_recovered = true;
    }
    const int room = kMaxInFlight - int(m_inFlight.size());
    if (room > 0) {
        QSet<qint64> busy;
        for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
            busy.insert(it.key());
        auto due = m_outbox.due(clockNow(m_clock), room, busy);
        if (!due) {
            qCWarning(lcWebhooks) << "cannot read the webhook outbox; retrying";
            m_next.start(kRetryAfterDatabaseErrorMs);
            return;
        }
        for (const DueWebhookMessage &m : std::as_const(*due))
            send(m);
    }
    armNext();
}

void WebhookDispatcher::armNext()
{
    if (m_stopped || int(m_inFlight.size()) >= kMaxInFlight)
        return; // finish() pumps again
    auto next = m_outbox.nextDue();
    if (!next) {
        m_next.start(kRetryAfterDatabaseErrorMs);
        return;
    }
    if (!next->has_value()) {
        m_next.stop();
        return;
    }
    const qint64 wait = clockNow(m_clock).msecsTo(**next);
    m_next.start(int(std::clamp<qint64>(wait, 0, kMaxWaitMs)));
}

void WebhookDispatcher::send(const DueWebhookMessage &m)
{
    InFlight flight;
    flight.message = m;
    flight.startedAt = clockNow(m_clock);
    flight.clock.start();
    // Wall-clock seconds: receivers refuse a timestamp far from their own clock.
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    auto signature = webhooksignature::sign(m.secret, m.messageId, timestamp, m.payload);
    // Claimed first: while it is in flight it is not due for anyone else, and should
    // the process die now the next start knows an attempt was under way.
    (void)m_outbox.claim(m.rowId, flight.startedAt, flight.startedAt.addMSecs(m_timeout.count() + kClaimMarginMs));
    if (!signature) {
        m_inFlight.insert(m.rowId, flight);
        finish(m.rowId);
        return;
    }

    QNetworkRequest request{QUrl(m.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    setOutgoingHeaders(request);
    request.setRawHeader("webhook-id", m.messageId.toUtf8());
    request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
    request.setRawHeader("webhook-signature", signature->toLatin1());
    // A redirect is an answer other than 2xx, as Standard Webhooks senders treat it;
    // following it would send the signed payload somewhere the user did not name.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // What the attempt detail shows as sent: the headers set here, in order, and the
    // length Qt adds (the signature is public; the secret that made it is not in it).
    for (const QByteArray &name : request.rawHeaderList())
        flight.requestHeaders += QString::fromLatin1(QByteArray(name + ": " + request.rawHeader(name) + "\n"));
    flight.requestHeaders += u"Content-Length: %1\n"_s.arg(m.payload.size());

    QNetworkReply *reply = m_nam.post(request, m.payload);
    flight.reply = reply;
    const qint64 rowId = m.rowId;
    m_inFlight.insert(rowId, flight);
    connect(reply, &QNetworkReply::readyRead, this, [this, rowId] {
        if (auto it = m_inFlight.find(rowId); it != m_inFlight.end())
            readExcerpt(*it);
    });
    connect(reply, &QNetworkReply::finished, this, [this, rowId] { finish(rowId); });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(timer, &QTimer::timeout, this, [this, rowId] {
        if (auto it = m_inFlight.find(rowId); it != m_inFlight.end() && it->reply) {
            it->timedOut = true;
            it->reply->abort(); // finished() follows
        }
    });
    timer->start(std::chrono::milliseconds(m_timeout));
}

void WebhookDispatcher::readExcerpt(InFlight &flight)
{
    // Read everything so a chatty receiver cannot stall the reply; keep the start.
    if (!flight.reply || !flight.reply->isOpen())
        return; // aborted
    const QByteArray chunk = flight.reply->readAll();
    flight.received += chunk.size();
    if (flight.excerpt.size() < kWebhookResponseBytes)
        flight.excerpt += chunk.left(kWebhookResponseBytes - flight.excerpt.size());
}

void WebhookDispatcher::finish(qint64 rowId)
{
    auto it = m_inFlight.find(rowId);
    if (it == m_inFlight.end())
        return;
    InFlight flight = *it;
    m_inFlight.erase(it);

    WebhookAttempt attempt;
    attempt.startedAt = flight.startedAt;
    attempt.url = flight.message.url;
    attempt.durationMs = flight.clock.elapsed();
    attempt.requestHeaders = flight.requestHeaders;
    WebhookVerdict verdict;
    if (QNetworkReply *reply = flight.reply) {
        readExcerpt(flight);
        attempt.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        attempt.responseExcerpt = QString::fromUtf8(flight.excerpt);
        attempt.responseBytes = flight.received;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            attempt.responseHeaders += QString::fromLatin1(QByteArray(name + ": " + value + "\n"));
        if (flight.timedOut)
            attempt.error = u"No complete answer within %1 ms"_s.arg(m_timeout.count());
        else if (attempt.status == 0)
            attempt.error = reply->errorString();
        else if (attempt.status < 200 || attempt.status > 299)
            attempt.error = statusError(attempt.status, reply);
        if (flight.timedOut)
            attempt.status = 0; // whatever arrived was not a whole answer
        reply->deleteLater();
    } else {
        attempt.error = u"The signing secret of the endpoint is not usable"_s;
    }

    if (attempt.error.isEmpty()) {
        verdict.kind = WebhookVerdict::Kind::Delivered;
    } else if (attempt.status == 410) {
        verdict.kind = WebhookVerdict::Kind::Gone;
    } else if (const auto delay = webhookRetryDelay(m_schedule, flight.message.roundAttempts + 1)) {
        verdict.kind = WebhookVerdict::Kind::Retry;
        verdict.retryAt = clockNow(m_clock).addMSecs(delay->count());
    } else {
        verdict.kind = WebhookVerdict::Kind::Failed;
    }
    if (Status s = m_outbox.recordAttempt(flight.message, attempt, verdict); !s) {
        qCWarning(lcWebhooks) << "cannot record a webhook attempt; the message will be sent again";
    } else {
        qCDebug(lcWebhooks) << "webhook" << flight.message.messageId << "attempt:" << attempt.status << attempt.error;
        Q_EMIT attemptMade(flight.message.messageId, flight.message.payload, flight.message.attemptCount + 1,
                           attempt.status, attempt.error.isEmpty() ? u"delivered"_s : u"failed"_s, attempt.error);
    }
    poke();
}

} // namespace sendivent::server

#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace sendivent {

// One attempt to deliver a webhook message: what was sent where, and what came back.
struct WebhookAttempt
{
    int attempt = 0; // 1, 2, … over the message's whole life (resends included)
    QDateTime startedAt;
    QString url;
    int status = 0; // HTTP status; 0 when no answer arrived
    qint64 durationMs = 0;
    QString responseExcerpt;
    QString error; // a network error, a time-out, or why the status is a failure
    // delivered, failed, or interrupted (the console stopped or crashed while it was
    // in flight: the endpoint may have received it).
    QString outcome;
    // The headers sent and received, one "Name: value" a line (empty for attempts
    // stored before they were kept). The signature is there; the secret never is.
    QString requestHeaders;
    QString responseHeaders;
    // The answer body's whole size; responseExcerpt holds its first
    // kWebhookResponseBytes. -1 when unknown (attempts stored before).
    qint64 responseBytes = -1;
};

// How much of an answer's body an attempt keeps (docs/decisions.md).
inline constexpr qsizetype kWebhookResponseBytes = 4 * 1024;

// A message of the outbox (DESIGN §8): one event for the endpoint.
struct WebhookMessage
{
    QString messageId; // msg_…: the webhook-id header, the same on every attempt
    QString eventType;
    QString deliveryUuid; // empty for a test event
    QByteArray payload;
    QString state; // pending, delivered, failed, cancelled
    int attempts = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QString lastError;
};

// An attempt with the message it belongs to, as the console's attempts log lists it.
struct WebhookAttemptEntry
{
    QString messageId;
    QString eventType;
    QString deliveryUuid; // empty for a test event
    QString messageState; // the message's state now
    QDateTime nextAttemptAt; // the message's next attempt; invalid when none is due
    QByteArray payload; // the body every attempt of the message sent
    WebhookAttempt attempt;
};

// Which attempts the attempts log lists; empty members take every value.
struct WebhookAttemptFilter
{
    QString outcome; // delivered, failed, interrupted
    QString eventType;
    QString deliveryUuid;
    QString messageId;
};

} // namespace sendivent

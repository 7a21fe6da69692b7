#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

namespace sendivent {

// One answered request as the journal keeps it: bodies truncated, secrets masked.
struct JournalEntry
{
    qint64 id = 0;
    QString requestId;
    QDateTime createdAt;
    QString method;
    QString path;
    QString query;
    int status = 0;
    qint64 durationUs = 0;
    QString environment; // empty when the request carried no valid key
    QByteArray requestBody;
    QByteArray responseBody;
    QString fault; // X-Sendivent-Fault of an injected answer ("r1 rate_limited"); empty otherwise
    // The request's headers ("> Name: value" lines) and the answer's ("< Name: value"),
    // secrets redacted (redactedHeader()); what JournalStore::append() makes of the two
    // lists below.
    QByteArray headers; // UTF-8
    // As received and as answered; append() turns them into `headers` and drops them.
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
};

// One side of a journal entry's headers, in order: '>' the request's, '<' the answer's.
QList<QPair<QString, QString>> journalHeaders(const QByteArray &stored, char side);

// Which entries the journal lists; empty (zero) members take every value.
struct JournalFilter
{
    QString method;
    QString pathContains;
    int status = 0;      // exact status, or
    int statusClass = 0; // 2, 4, 5 … for 2xx, 4xx, 5xx
    QString environment;
    QString requestId;
};

} // namespace sendivent

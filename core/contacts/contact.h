#pragma once

#include "base/json.h"

#include <QtCore/QDateTime>
#include <QtCore/QStringList>

namespace sendivent {

// A recipient. Identifiers (email, phone, externalId, slack, telegram, discord and the
// uuid) are each unique within the workspace; everything unknown lives in meta.
struct Contact
{
    QString uuid;
    QString email;
    QString phone; // E.164
    QString externalId;
    QString slack;
    QString telegram;
    QString discord;
    QString name;
    QString avatar;
    QString username;
    Json meta = Json::object();
    QStringList pushTokens;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const Contact &, const Contact &) = default;
};

// One page of a contact list and the exact number of contacts the list holds.
struct ContactPage
{
    QList<Contact> contacts;
    qint64 total = 0;
};

} // namespace sendivent

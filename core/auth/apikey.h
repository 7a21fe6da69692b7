#pragma once

#include "deliveries/delivery.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>

#include <optional>

namespace sendivent {

// An API key as the local server knows it: only its SHA-256 is ever stored.
struct ApiKey
{
    qint64 id = 0;
    QByteArray hash;    // SHA-256 of the whole key
    QString prefix;     // first characters, to recognise it in lists ("test_ab12…")
    QString label;
    Environment environment = Environment::Sandbox;
    bool persistent = false; // created in the GUI (stored) vs --api-key (this run only)
    QDateTime createdAt;
};

// `test_` → sandbox, `live_` → production; anything else is not a key.
std::optional<Environment> environmentOfKey(QStringView key);
QByteArray hashApiKey(QStringView key);

} // namespace sendivent

#pragma once

#include "base/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <chrono>
#include <optional>

namespace sendivent {

// Standard Webhooks signing (https://www.standardwebhooks.com, DESIGN §8): a secret is
// "whsec_" + base64 of random bytes; the key is those bytes; a signature is
// "v1," + base64(HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")).
// The signer is what the dispatcher uses; the verifier is what a receiver (the GUI's
// webhook listener, the tests) checks an incoming request with.
namespace webhooksignature {

inline constexpr int kSecretBytes = 24;
inline constexpr std::chrono::seconds kDefaultTolerance{300};

// A fresh secret from the system's cryptographic generator.
QString generateSecret();

// The key behind a secret ("whsec_" optional, as the reference libraries accept);
// nullopt when the rest is not base64 or is empty.
std::optional<QByteArray> signingKey(const QString &secret);

// "v1,<base64>" for one message; a VALIDATION_ERROR when the secret is not one.
Result<QString> sign(const QString &secret, const QString &messageId, qint64 timestamp, QByteArrayView body);

// The three headers of a delivery, as received.
struct Headers
{
    QString id;
    QString timestamp;
    QString signature; // one or more space-separated "v1,<base64>"
};

// Accepts the request when a v1 signature matches (compared in constant time) and
// its timestamp is within `tolerance` of `now` either way. The error names why not.
Status verify(const QString &secret, const Headers &headers, QByteArrayView body,
              const QDateTime &now = QDateTime::currentDateTimeUtc(),
              std::chrono::seconds tolerance = kDefaultTolerance);

} // namespace webhooksignature

} // namespace sendivent

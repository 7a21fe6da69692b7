#include "webhooksignature.h"

#include "auth/constanttime.h"

#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QRandomGenerator>

#include <array>

namespace sendivent::webhooksignature {

using namespace Qt::StringLiterals;

namespace {

const QString kSecretPrefix = u"whsec_"_s;

QByteArray hmac(const QByteArray &key, const QString &messageId, const QString &timestamp, QByteArrayView body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(messageId.toUtf8());
    mac.addData(".", 1);
    mac.addData(timestamp.toUtf8());
    mac.addData(".", 1);
    mac.addData(body.data(), body.size());
    return mac.result();
}

Error invalid(const QString &why)
{
    return Error::validation(why);
}

} // namespace

QString generateSecret()
{
    std::array<quint32, (kSecretBytes + 3) / 4> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), kSecretBytes);
    return kSecretPrefix + QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> signingKey(const QString &secret)
{
    const QString encoded = secret.startsWith(kSecretPrefix) ? secret.mid(kSecretPrefix.size()) : secret;
    auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

Result<QString> sign(const QString &secret, const QString &messageId, qint64 timestamp, QByteArrayView body)
{
    const auto key = signingKey(secret);
    if (!key)
        return invalid(u"The signing secret is not whsec_ followed by base64"_s);
    return QString(u"v1,"_s + QString::fromLatin1(hmac(*key, messageId, QString::number(timestamp), body).toBase64()));
}

Status verify(const QString &secret, const Headers &headers, QByteArrayView body, const QDateTime &now,
              std::chrono::seconds tolerance)
{
    if (headers.id.isEmpty() || headers.timestamp.isEmpty() || headers.signature.isEmpty())
        return invalid(u"Missing webhook-id, webhook-timestamp or webhook-signature"_s);
    bool ok = false;
    const qint64 timestamp = headers.timestamp.toLongLong(&ok);
    if (!ok)
        return invalid(u"webhook-timestamp is not a number of seconds"_s);
    const qint64 skew = now.toSecsSinceEpoch() - timestamp;
    if (skew > tolerance.count())
        return invalid(u"The message is too old (timestamp %1 s in the past)"_s.arg(skew));
    if (-skew > tolerance.count())
        return invalid(u"The message timestamp is %1 s in the future"_s.arg(-skew));
    const auto key = signingKey(secret);
    if (!key)
        return invalid(u"The signing secret is not whsec_ followed by base64"_s);
    const QByteArray expected = hmac(*key, headers.id, headers.timestamp, body);
    for (const QString &entry : headers.signature.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype comma = entry.indexOf(u',');
        if (comma < 0 || QStringView(entry).left(comma) != u"v1")
            continue; // another scheme (v1a: asymmetric) or noise
        const auto given = QByteArray::fromBase64Encoding(QStringView(entry).mid(comma + 1).toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        if (given && equalInConstantTime(given.decoded, expected))
            return {};
    }
    return invalid(u"No matching v1 signature"_s);
}

} // namespace sendivent::webhooksignature

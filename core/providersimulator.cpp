#include "providersimulator.h"

#include "delivery.h"

#include <QtCore/QDateTime>
#include <QtCore/QRandomGenerator>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

QString randomHex(int digits)
{
    QString out;
    out.reserve(digits);
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < digits; ++i)
        out += QLatin1Char(kHex[QRandomGenerator::global()->bounded(16)]);
    return out;
}

QString uuidText()
{
    return randomUuid();
}

QByteArray randomBytes(int count)
{
    QByteArray bytes;
    bytes.reserve(count);
    for (int i = 0; i < count; ++i)
        bytes.append(char(QRandomGenerator::global()->bounded(256)));
    return bytes;
}

ProviderVerdict sesMailboxSimulator(const QString &address)
{
    ProviderVerdict v;
    v.laterOutcome = u"delivered"_s;
    v.laterDetail = u"250 2.6.0 Message received"_s;
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0 || address.mid(at + 1).compare(u"simulator.amazonses.com"_s, Qt::CaseInsensitive) != 0)
        return v;
    // SES accepts labels after a plus sign ("success+signup@…") and ignores them.
    const QString mailbox = address.left(at).section(u'+', 0, 0).toLower();
    if (mailbox == u"bounce"_s) {
        v.laterOutcome = u"bounced"_s;
        v.laterDetail = u"Permanent bounce (General): smtp; 550 5.1.1 user unknown"_s;
    } else if (mailbox == u"complaint"_s) {
        v.laterOutcome = u"complained"_s;
        v.laterDetail = u"Complaint (abuse): the recipient marked the message as spam"_s;
    } else if (mailbox == u"ooto"_s) {
        v.laterDetail = u"250 2.6.0 Message received; the recipient's out-of-office auto-reply was returned"_s;
    } else if (mailbox == u"suppressionlist"_s) {
        v.laterOutcome = u"bounced"_s;
        v.laterDetail = u"Permanent bounce (OnAccountSuppressionList): Amazon SES did not send to this address"
                        u" because it is on the suppression list"_s;
    }
    return v;
}

// Twilio's test credentials refuse these "To" numbers with these errors; every other
// number, including the rest of +1500555000x, is accepted.
QString twilioMagicNumberError(const QString &phone)
{
    if (phone == u"+15005550001"_s)
        return u"The 'To' number +15005550001 is not a valid phone number (Twilio error 21211)"_s;
    if (phone == u"+15005550002"_s)
        return u"The 'To' phone number +15005550002 cannot be routed: it is not currently reachable via SMS"
               u" (Twilio error 21612)"_s;
    if (phone == u"+15005550003"_s)
        return u"Permission to send an SMS has not been enabled for the region indicated by the 'To' number"
               u" +15005550003 (Twilio error 21408)"_s;
    if (phone == u"+15005550004"_s)
        return u"Attempt to send to unsubscribed recipient +15005550004 (Twilio error 21610)"_s;
    if (phone == u"+15005550009"_s)
        return u"The 'To' number +15005550009 is not a valid mobile number: it cannot receive SMS"
               u" (Twilio error 21614)"_s;
    return {};
}

} // namespace

ProviderVerdict simulateProvider(Channel channel, const QString &provider, const QString &recipient)
{
    ProviderVerdict v;
    if (channel == Channel::Email) {
        v = sesMailboxSimulator(recipient);
    } else if (channel == Channel::Sms) {
        v.rejection = twilioMagicNumberError(recipient);
        if (!v.rejection.isEmpty())
            return v;
    }
    v.messageId = simulatedMessageId(provider);
    return v;
}

QString simulatedMessageId(const QString &provider)
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (provider == u"ses"_s) // 0100018f5c2b3a4d-<uuid>-000000
        return u"01%1-%2-000000"_s.arg(ms, 14, 16, QLatin1Char('0')).arg(uuidText());
    if (provider == u"sendgrid"_s) // X-Message-Id: 22 characters of URL-safe base64
        return QString::fromLatin1(
            randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (provider == u"brevo"_s)
        return u"<%1.%2@smtp-relay.mailin.fr>"_s.arg(
            QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmm"_s),
            QString::number(QRandomGenerator::global()->bounded(1'000'000'000)));
    if (provider == u"cellsynt"_s) // tracking id: 32 hex digits
        return randomHex(32);
    if (provider == u"slack"_s) // the message ts
        return u"%1.%2"_s.arg(ms / 1000).arg((ms % 1000) * 1000 + QRandomGenerator::global()->bounded(1000), 6, 10,
                                             QLatin1Char('0'));
    if (provider == u"fcm"_s)
        return u"projects/sendivent-local/messages/0:%1%%2"_s.arg(ms * 1000).arg(randomHex(16));
    if (provider == u"apns"_s) // apns-id
        return uuidText().toUpper();
    if (provider == u"telegram"_s) // message_id: a positive integer per chat
        return QString::number(QRandomGenerator::global()->bounded(1, 1'000'000));
    if (provider == u"discord"_s) { // snowflake: ms since 2015 shifted left 22 bits
        const quint64 snowflake =
            (quint64(ms - 1'420'070'400'000) << 22) | QRandomGenerator::global()->bounded(1u << 22);
        return QString::number(snowflake);
    }
    if (provider == u"whatsapp"_s)
        return u"wamid."_s + QString::fromLatin1(randomBytes(24).toBase64());
    // sns, expo and anything unknown: a UUID, as SNS MessageId and Expo ticket ids are.
    return uuidText();
}

} // namespace sendivent

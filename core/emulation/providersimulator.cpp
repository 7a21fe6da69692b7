#include "providersimulator.h"

#include "deliveries/delivery.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QRandomGenerator>

#include <algorithm>
#include <atomic>

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

// The mailbox simulator's outcomes. They are SES's, but they hold whichever email
// provider is configured (a test may need a bounce with SendGrid too), except that
// only SES reports deliveries ("email only via SES").
ProviderVerdict mailboxSimulator(const QString &provider, const QString &address)
{
    const bool ses = provider == u"ses"_s;
    ProviderVerdict v;
    if (ses) {
        v.laterOutcome = u"delivered"_s;
        v.laterDetail = u"250 2.6.0 Message received"_s;
    }
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
    } else if (mailbox == u"ooto"_s && ses) {
        v.laterDetail = u"250 2.6.0 Message received; the recipient's out-of-office auto-reply was returned"_s;
    } else if (mailbox == u"suppressionlist"_s) {
        // SES does not send at all: the call succeeds and SES itself reports a hard
        // bounce, as if the address were on its global suppression list.
        v.laterOutcome = u"bounced"_s;
        v.laterDetail = u"Permanent bounce (Suppressed): %1 has suppressed sending to this address because it has"
                        u" a recent history of bouncing as an invalid address"_s.arg(providerDisplayName(provider));
    }
    return v;
}

// Twilio's test numbers, refused at submission whichever SMS provider is configured;
// the refusal is worded as that provider words it.
QString magicNumberRefusal(const QString &provider, const QString &phone)
{
    QString reason;
    QString snsCode = u"InvalidParameter"_s;
    if (phone == u"+15005550001"_s) {
        reason = u"%1 is not a valid phone number"_s;
    } else if (phone == u"+15005550002"_s) {
        reason = u"%1 cannot be reached by SMS"_s;
    } else if (phone == u"+15005550003"_s) {
        reason = u"sending SMS to the region of %1 is not enabled for this account"_s;
    } else if (phone == u"+15005550004"_s) {
        reason = u"%1 has opted out of receiving SMS"_s;
        snsCode = u"OptedOut"_s;
    } else if (phone == u"+15005550009"_s) {
        reason = u"%1 is not a mobile number and cannot receive SMS"_s;
    } else {
        return {};
    }
    reason = reason.arg(phone);
    if (provider == u"sns"_s)
        return u"Amazon SNS refused the message: %1 (%2)"_s.arg(reason, snsCode);
    return u"%1 refused the message: %2"_s.arg(providerDisplayName(provider), reason);
}

} // namespace

ProviderVerdict simulateProvider(Channel channel, const QString &provider, const QString &recipient)
{
    ProviderVerdict v;
    if (channel == Channel::Email) {
        v = mailboxSimulator(provider, recipient);
    } else if (channel == Channel::Sms) {
        v.rejection = magicNumberRefusal(provider, recipient);
        if (!v.rejection.isEmpty())
            return v;
    }
    v.messageId = simulatedMessageId(provider);
    return v;
}

bool providerReports(Channel channel, const QString &provider, const QString &outcome)
{
    if (outcome == u"delivered"_s)
        return channel == Channel::Email && provider == u"ses"_s;
    if (outcome == u"bounced"_s || outcome == u"complained"_s)
        return channel == Channel::Email;
    return true; // any provider can fail a message it accepted
}

QString providerDisplayName(const QString &provider)
{
    static const QHash<QString, QString> names{
        {u"ses"_s, u"Amazon SES"_s},   {u"sendgrid"_s, u"SendGrid"_s}, {u"brevo"_s, u"Brevo"_s},
        {u"sns"_s, u"Amazon SNS"_s},   {u"cellsynt"_s, u"Cellsynt"_s}, {u"slack"_s, u"Slack"_s},
        {u"expo"_s, u"Expo"_s},        {u"fcm"_s, u"FCM"_s},           {u"apns"_s, u"APNs"_s},
        {u"telegram"_s, u"Telegram"_s}, {u"whatsapp"_s, u"WhatsApp"_s}, {u"discord"_s, u"Discord"_s},
    };
    return names.value(provider, provider.isEmpty() ? u"The provider"_s : provider);
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
    if (provider == u"slack"_s) { // the message ts: seconds.microseconds, unique as Slack's are
        static std::atomic<qint64> last{0};
        const qint64 wanted = ms * 1000 + QRandomGenerator::global()->bounded(1000);
        qint64 seen = last.load();
        qint64 us = std::max(wanted, seen + 1);
        while (!last.compare_exchange_weak(seen, us))
            us = std::max(wanted, seen + 1);
        return u"%1.%2"_s.arg(us / 1'000'000).arg(us % 1'000'000, 6, 10, QLatin1Char('0'));
    }
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

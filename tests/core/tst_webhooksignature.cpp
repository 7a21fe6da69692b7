// The Standard Webhooks signer and verifier of core: the specification's published
// example, secrets, and every way a verification must fail. The dispatch tests
// check the same signatures against the reference JavaScript library.
#include <webhooks/webhooksignature.h>

#include <QtTest/QTest>

using namespace sendivent;
using namespace Qt::StringLiterals;
namespace ws = sendivent::webhooksignature;

class tst_WebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specificationExample();
    void secrets();
    void roundTrip();
    void verificationFailures_data();
    void verificationFailures();
    void severalSignatures();
};

namespace {

// The example of the Standard Webhooks specification and its reference libraries.
const QString kSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
const QString kId = u"msg_p5jXN8AQM9LWM0D4loKWxJek"_s;
constexpr qint64 kTimestamp = 1614265330;
const QByteArray kBody = R"({"test": 2432232314})";
const QString kSignature = u"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_s;

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

void tst_WebhookSignature::specificationExample()
{
    const auto signature = ws::sign(kSecret, kId, kTimestamp, kBody);
    QVERIFY(signature.ok());
    QCOMPARE(*signature, kSignature);
    // The prefix is optional for the key, as in the reference libraries.
    QCOMPARE(*ws::sign(kSecret.mid(6), kId, kTimestamp, kBody), kSignature);
    QVERIFY(ws::verify(kSecret, {kId, QString::number(kTimestamp), kSignature}, kBody, at(kTimestamp)).ok());
}

void tst_WebhookSignature::secrets()
{
    const QString a = ws::generateSecret();
    const QString b = ws::generateSecret();
    QVERIFY(a.startsWith(u"whsec_"_s));
    QVERIFY(a != b);
    const auto key = ws::signingKey(a);
    QVERIFY(key.has_value());
    QCOMPARE(key->size(), ws::kSecretBytes);
    QVERIFY(ws::kSecretBytes >= 24);
    QVERIFY(!ws::signingKey(u"whsec_"_s).has_value());
    QVERIFY(!ws::signingKey(u"whsec_not*base64!"_s).has_value());
    QCOMPARE(ws::sign(u"whsec_***"_s, kId, kTimestamp, kBody).error().code, ErrorCode::ValidationError);
}

void tst_WebhookSignature::roundTrip()
{
    const QString secret = ws::generateSecret();
    const QByteArray body = u"{\"event\":\"delivery.sent\",\"name\":\"Åsa 😀\"}"_s.toUtf8();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto signature = ws::sign(secret, u"msg_1"_s, now, body);
    QVERIFY(signature.ok());
    QVERIFY(signature->startsWith(u"v1,"_s));
    QVERIFY(ws::verify(secret, {u"msg_1"_s, QString::number(now), *signature}, body).ok());
    // Another secret's signature does not pass.
    QVERIFY(!ws::verify(ws::generateSecret(), {u"msg_1"_s, QString::number(now), *signature}, body).ok());
}

void tst_WebhookSignature::verificationFailures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("reason");

    const QString ts = QString::number(kTimestamp);
    QTest::newRow("body changed") << kId << ts << kSignature << QByteArray(R"({"test": 2432232315})") << kTimestamp
                                  << u"No matching v1 signature"_s;
    QTest::newRow("id changed") << u"msg_other"_s << ts << kSignature << kBody << kTimestamp
                                << u"No matching v1 signature"_s;
    QTest::newRow("timestamp changed") << kId << QString::number(kTimestamp + 1) << kSignature << kBody
                                       << kTimestamp << u"No matching v1 signature"_s;
    QTest::newRow("too old") << kId << ts << kSignature << kBody << kTimestamp + 301
                             << u"The message is too old (timestamp 301 s in the past)"_s;
    QTest::newRow("from the future") << kId << ts << kSignature << kBody << kTimestamp - 301
                                     << u"The message timestamp is 301 s in the future"_s;
    QTest::newRow("timestamp not a number") << kId << u"yesterday"_s << kSignature << kBody << kTimestamp
                                            << u"webhook-timestamp is not a number of seconds"_s;
    QTest::newRow("missing id") << QString() << ts << kSignature << kBody << kTimestamp
                                << u"Missing webhook-id, webhook-timestamp or webhook-signature"_s;
    QTest::newRow("other scheme only") << kId << ts << u"v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_s
                                       << kBody << kTimestamp << u"No matching v1 signature"_s;
    QTest::newRow("truncated") << kId << ts << kSignature.chopped(4) << kBody << kTimestamp
                               << u"No matching v1 signature"_s;
}

void tst_WebhookSignature::verificationFailures()
{
    QFETCH(QString, id);
    QFETCH(QString, timestamp);
    QFETCH(QString, signature);
    QFETCH(QByteArray, body);
    QFETCH(qint64, now);
    QFETCH(QString, reason);
    const Status s = ws::verify(kSecret, {id, timestamp, signature}, body, at(now));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, reason);
}

void tst_WebhookSignature::severalSignatures()
{
    // During a secret rotation a sender may sign with both; any match passes.
    const QString headers = u"v1,bm90IHRoaXMgb25l v1a,abc "_s + kSignature;
    QVERIFY(ws::verify(kSecret, {kId, QString::number(kTimestamp), headers}, kBody, at(kTimestamp)).ok());
    QVERIFY(ws::verify(kSecret, {kId, QString::number(kTimestamp), kSignature}, kBody, at(kTimestamp + 300)).ok());
}

QTEST_GUILESS_MAIN(tst_WebhookSignature)
#include "tst_webhooksignature.moc"

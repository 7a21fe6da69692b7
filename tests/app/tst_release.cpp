// Release to a real inbox (issue 23), end to end: a real local server relays captured
// email through libcurl to real SMTP servers the test starts (MailDev, pinned in the
// build tree), and the test reads back what arrived through MailDev's REST API (its
// own MIME parser, mailparser) and the raw message. One MailDev takes plain SMTP
// without authentication; the other implicit TLS with a self-signed certificate made
// here and a user name and password, the password read from the real keychain (the
// test runs in run-with-keyring.sh's private Secret Service).
#include <httpclient.h>
#include <release/releasestartup.h>
#include <stubservers.h>
#include <testserver.h>

#include <base/json.h>
#include <mail/emailmessage.h>
#include <remote/credentialstore.h>

#include <QtCore/QFutureWatcher>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

const QString kSubject = u"Din order är bekräftad ✓ — {{payload.order}} 🚚"_s;
const QString kPassword = u"s3cret-smtp-pässword"_s;

Json fixture()
{
    // A long HTML line (over the 998 octets SMTP allows) and several text lines, so the
    // encoding has to wrap and keep line breaks.
    const std::string longHtml = "<p>" + std::string(1500, 'x') + "</p>";
    return Json{
        {"app", {{"name", "Release Test"}}},
        {"plan", {{"contact_limit", 100}, {"addons", {"sms"}}}},
        {"senders", {{{"name", "Åsa på Acme"}, {"email", "hello@acme.test"}}, {{"name", "Acme"}, {"phone", "+46700000001"}}}},
        {"integrations",
         {{{"channel", "email"}, {"provider", "ses"}, {"status", "active"}, {"config", Json::object()}},
          {{"channel", "sms"}, {"provider", "sns"}, {"status", "active"}, {"config", Json::object()}}}},
        {"events",
         {{{"identifier", "order.confirmed"},
           {"name", "Order confirmed"},
           {"channels", {"email", "sms"}},
           {"default_language", "en"},
           {"templates",
            {{{"channel", "email"},
              {"language", "en"},
              {"subject", toStd(kSubject)},
              {"html", "<h1>Hej {{contact.name}}!</h1>\n<p>Order <b>{{payload.order}}</b> = 100 kr</p>\n" + longHtml},
              {"text", "Hej {{contact.name}}!\nOrder {{payload.order}} = 100 kr\n\n-- Acme"}},
             {{"channel", "sms"}, {"language", "en"}, {"text", "Order {{payload.order}}"}}}}}}},
        {"contacts", Json::array()}};
}

// One MailDev process on free ports.
class MailDev final
{
public:
    ~MailDev()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &extra)
    {
        smtpPort = unusedPort();
        webPort = unusedPort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(qEnvironmentVariable("SENDIVENT_NODE"),
                        QStringList{qEnvironmentVariable("SENDIVENT_MAILDEV"), u"--ip"_s, u"127.0.0.1"_s, u"-s"_s,
                                    QString::number(smtpPort), u"-w"_s, QString::number(webPort)}
                            + extra);
        if (!m_process.waitForStarted(10'000))
            return false;
        // Ready once it says the SMTP server runs and the REST API answers. (A bare
        // TCP probe would do, but MailDev's TLS server dies of a connection that
        // closes before its handshake.)
        QByteArray output;
        for (int i = 0; i < 400; ++i) {
            m_process.waitForReadyRead(50);
            output += m_process.readAll();
            if (output.contains("SMTP Server running") && client.get(web(u"/email"_s)).status == 200)
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        qWarning().noquote() << "maildev did not start:" << output;
        return false;
    }

    QUrl web(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(webPort).arg(path)); }
    Json emails() { return client.get(web(u"/email"_s)).json(); }
    // The message MailDev received for delivery `uuid` (its X-Sendivent-Delivery header).
    Json emailFor(const QString &uuid)
    {
        const Json all = emails();
        if (!all.is_array())
            return nullptr;
        for (const Json &m : all) {
            const Json &h = m.value("headers", Json::object());
            if (h.value("x-sendivent-delivery", "") == toStd(uuid))
                return m;
        }
        return nullptr;
    }
    QByteArray source(const std::string &id) { return client.get(web(u"/email/%1/source"_s.arg(toQt(id)))).body; }

    quint16 smtpPort = 0;
    quint16 webPort = 0;
    HttpClient client;

private:
    QProcess m_process;
};

QString str(const Json &j, const char *key)
{
    return j.contains(key) && j[key].is_string() ? toQt(j[key].get<std::string>()) : QString();
}

// The value of header `name` in a raw message, unfolded.
QByteArray rawHeader(const QByteArray &message, const QByteArray &name)
{
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    const QList<QByteArray> lines = head.split('\n');
    QByteArray value;
    bool inside = false;
    for (QByteArray line : lines) {
        line.chop(line.endsWith('\r') ? 1 : 0);
        if (inside && (line.startsWith(' ') || line.startsWith('\t'))) {
            value += line;
            continue;
        }
        inside = line.toLower().startsWith(QByteArray(name.toLower() + ':'));
        if (inside)
            value = line.mid(name.size() + 1).trimmed();
        else if (!value.isEmpty())
            break;
    }
    return value;
}

} // namespace

class TstRelease final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releasesTheRenderedEmail();
    void encodingSurvivesEveryLine();
    void refusesWhatCannotBeReleased();
    void unreachableServerFailsClearly();
    void tlsAndAuthenticationWithKeychainPassword();
    void releaseAllRule();
    void settingsRoute();
    void cleanupTestCase();

private:
    QString sendEmail(const QString &to = u"jane@example.com"_s);
    Json trace(const QString &uuid);

    std::unique_ptr<MailDev> m_plain;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void TstRelease::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("SENDIVENT_MAILDEV").isEmpty(), "SENDIVENT_MAILDEV names MailDev's CLI");
    m_plain = std::make_unique<MailDev>();
    QVERIFY(m_plain->start({}));
    server::LocalServerOptions options;
    options.outcomeDelayMs = 0;
    auto smtp = mail::SmtpServer::fromUrl(QUrl(u"smtp://127.0.0.1:%1?security=none"_s.arg(m_plain->smtpPort)));
    QVERIFY(smtp);
    options.release.server = *smtp;
    options.release.to = u"me@inbox.test"_s;
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    const HttpReply seeded = m_client.put(m_server->url(u"/_local/workspace"_s), fixture());
    QCOMPARE(seeded.status, 200);
}

void TstRelease::cleanupTestCase()
{
    m_server.reset();
    m_plain.reset();
}

QString TstRelease::sendEmail(const QString &to)
{
    const HttpReply sent = m_client.post(m_server->url(u"/v1/send/order.confirmed/email"_s),
                                         Json{{"to", {{"email", toStd(to)}, {"name", "Jane Doe"}}},
                                              {"payload", {{"order", "A-17"}}}});
    if (sent.status != 200)
        qWarning() << sent.body;
    return toQt(sent.json()["deliveries"][0].value("email", ""));
}

Json TstRelease::trace(const QString &uuid)
{
    return m_client.get(m_server->url(u"/v1/deliveries/%1/trace"_s.arg(uuid))).json()["data"];
}

void TstRelease::releasesTheRenderedEmail()
{
    const QString uuid = sendEmail();
    QVERIFY(!uuid.isEmpty());
    const Json content = trace(uuid)["content"];

    // The captured recipient is jane@; the release goes to the override only.
    const HttpReply released = m_client.post(m_server->url(u"/_local/deliveries/%1/release"_s.arg(uuid)),
                                             Json{{"to", "override@inbox.test"}});
    QCOMPARE(released.status, 200);
    const Json release = released.json()["data"]["release"];
    QCOMPARE(str(release, "to"), u"override@inbox.test"_s);
    QCOMPARE(str(release, "server"), u"smtp://127.0.0.1:%1"_s.arg(m_plain->smtpPort));
    const Json timeline = released.json()["data"]["timeline"];
    QCOMPARE(str(timeline.back(), "event"), u"released"_s);
    QCOMPARE(str(timeline.back(), "detail"),
             u"to override@inbox.test via smtp://127.0.0.1:%1"_s.arg(m_plain->smtpPort));
    // The trace shows the step too.
    QCOMPARE(str(trace(uuid)["timeline"].back(), "event"), u"released"_s);

    Json mail;
    QTRY_VERIFY((mail = m_plain->emailFor(uuid)).is_object());
    // What MailDev's parser (mailparser) decoded equals what was rendered.
    const QString expectedSubject = u"Din order är bekräftad ✓ — A-17 🚚"_s;
    QCOMPARE(str(content, "subject"), expectedSubject);
    QCOMPARE(str(mail, "subject"), expectedSubject);
    QCOMPARE(str(mail, "text").trimmed(), str(content, "text").trimmed());
    QCOMPARE(str(mail, "html").trimmed(), str(content, "html").trimmed());
    QCOMPARE(mail["to"].size(), size_t(1));
    QCOMPARE(str(mail["to"][0], "address"), u"override@inbox.test"_s);
    QCOMPARE(str(mail["from"][0], "address"), u"hello@acme.test"_s);
    QCOMPARE(str(mail["from"][0], "name"), u"Åsa på Acme"_s); // an encoded display name decodes back
    QCOMPARE(toQt(mail["headers"].value("x-sendivent-original-recipient", "")), u"jane@example.com"_s);
    QCOMPARE(toQt(mail["headers"].value("message-id", "")), str(release, "message_id"));

    // The raw message: the headers a client needs, ASCII only, both MIME parts.
    const QByteArray raw = m_plain->source(mail["id"].get<std::string>());
    const QByteArray subject = rawHeader(raw, "Subject");
    QVERIFY2(subject.startsWith("=?UTF-8?B?"), subject.constData());
    QCOMPARE(QString::fromUtf8(rawHeader(raw, "MIME-Version")), u"1.0"_s);
    QCOMPARE(QString::fromUtf8(rawHeader(raw, "Message-ID")), str(release, "message_id"));
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(rawHeader(raw, "Date")), Qt::RFC2822Date);
    QVERIFY2(date.isValid(), rawHeader(raw, "Date").constData());
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(rawHeader(raw, "Content-Type").startsWith("multipart/alternative;"));
    QVERIFY(raw.contains("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable"));
    QVERIFY(raw.contains("Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable"));
    QVERIFY(raw.indexOf("text/plain") < raw.indexOf("text/html")); // the richest last
}

void TstRelease::encodingSurvivesEveryLine()
{
    const QString uuid = sendEmail();
    QCOMPARE(m_client.post(m_server->url(u"/_local/deliveries/%1/release"_s.arg(uuid)), Json::object()).status, 200);
    Json mail;
    QTRY_VERIFY((mail = m_plain->emailFor(uuid)).is_object());
    // Without "to", the configured recipient (my inbox).
    QCOMPARE(str(mail["to"][0], "address"), u"me@inbox.test"_s);
    const QByteArray raw = m_plain->source(mail["id"].get<std::string>());
    // Every line CRLF-terminated, within SMTP's 998 octets and RFC 5322's 78 in the
    // head; nothing but ASCII on the wire.
    const QList<QByteArray> lines = raw.split('\n');
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    qsizetype at = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        QVERIFY2(line.endsWith('\r'), line.constData());
        QVERIFY2(line.size() - 1 <= (at < headEnd ? 78 : 998), line.constData());
        for (const char c : line)
            QVERIFY2(uchar(c) < 0x80, line.constData());
        at += line.size() + 1;
    }
}

void TstRelease::refusesWhatCannotBeReleased()
{
    // Not email: 409 naming the channel.
    const HttpReply sms = m_client.post(m_server->url(u"/v1/send/order.confirmed/sms"_s),
                                        Json{{"to", "+46701234567"}, {"payload", {{"order", "A-1"}}}});
    QCOMPARE(sms.status, 200);
    const QString smsUuid = toQt(sms.json()["deliveries"][0].value("sms", ""));
    HttpReply r = m_client.post(m_server->url(u"/_local/deliveries/%1/release"_s.arg(smsUuid)), Json::object());
    QCOMPARE(r.status, 409);
    QCOMPARE(str(r.json(), "code"), u"CONFLICT"_s);
    QVERIFY2(str(r.json(), "error").contains(u"sms delivery; only email"_s), r.body.constData());

    // Unknown delivery: 404.
    r = m_client.post(m_server->url(u"/_local/deliveries/00000000-0000-0000-0000-000000000000/release"_s),
                      Json::object());
    QCOMPARE(r.status, 404);

    // Not an address: 400 naming the field.
    const QString uuid = sendEmail();
    r = m_client.post(m_server->url(u"/_local/deliveries/%1/release"_s.arg(uuid)), Json{{"to", "not an address"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(str(r.json()["details"][0], "field"), u"to"_s);

    // A live_ key can neither release nor switch release on.
    HttpClient live(kProductionKey);
    r = live.post(m_server->url(u"/_local/deliveries/%1/release"_s.arg(uuid)), Json::object());
    QCOMPARE(r.status, 403);
    QVERIFY(str(r.json(), "error").contains(u"test_ key"_s));
    r = live.put(m_server->url(u"/_local/release"_s), Json{{"release_all", true}});
    QCOMPARE(r.status, 403);

    // Not configured: 409 saying how to switch it on.
    TestServer off;
    QVERIFY(off.start());
    HttpClient offClient(kSandboxKey);
    r = offClient.post(off.url(u"/_local/release/test"_s), Json::object());
    QCOMPARE(r.status, 409);
    QVERIFY2(str(r.json(), "error").contains(u"no SMTP server is configured"_s), r.body.constData());
}

void TstRelease::unreachableServerFailsClearly()
{
    const QString uuid = sendEmail();
    const mail::ReleaseSettings before = m_server->server().releaseSettings();
    mail::ReleaseSettings dead = before;
    dead.server.port = unusedPort(); // nothing listens there
    m_server->server().setReleaseSettings(dead);
    const HttpReply r = m_client.post(m_server->url(u"/_local/deliveries/%1/release"_s.arg(uuid)), Json::object());
    m_server->server().setReleaseSettings(before);
    QCOMPARE(r.status, 502);
    QCOMPARE(str(r.json(), "code"), u"PROVIDER_ERROR"_s);
    QVERIFY2(str(r.json(), "error").contains(u"connection was refused"_s), r.body.constData());
    const Json last = trace(uuid)["timeline"].back();
    QCOMPARE(str(last, "event"), u"release_failed"_s);
    QCOMPARE(str(last, "detail"), str(r.json(), "error"));
}

void TstRelease::tlsAndAuthenticationWithKeychainPassword()
{
    // A self-signed certificate for 127.0.0.1, which the relay trusts through its CA file.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                 u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
    QVERIFY(openssl.waitForFinished(60'000));
    QCOMPARE(openssl.exitCode(), 0);
    MailDev secure;
    QVERIFY(secure.start({u"--incoming-secure"_s, u"--incoming-cert"_s, dir.filePath(u"cert.pem"_s),
                          u"--incoming-key"_s, dir.filePath(u"key.pem"_s), u"--incoming-user"_s, u"relay-user"_s,
                          u"--incoming-pass"_s, kPassword}));

    // The password as the Settings page stores it: in the keychain, read at start-up.
    const bool keychain = qEnvironmentVariableIsSet("SENDIVENT_KEYRING_HOME");
    auto settings = mail::SmtpServer::fromUrl(QUrl(u"smtps://relay-user@127.0.0.1:%1"_s.arg(secure.smtpPort)));
    QVERIFY(settings);
    mail::ReleaseSettings release;
    release.server = *settings;
    release.server.caFile = dir.filePath(u"cert.pem"_s);
    release.to = u"me@inbox.test"_s;
    if (keychain) {
        CredentialStore store;
        QFutureWatcher<Result<KeyStorage>> written;
        written.setFuture(store.writeEntry(CredentialStore::smtpEntryName(), kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), 20'000);
        QVERIFY(written.result());
        QCOMPARE(*written.result(), KeyStorage::Keychain);
        qunsetenv("SENDIVENT_SMTP_PASSWORD");
        release.server.password = app::smtpPassword(release, true);
    } else {
        qWarning("no Secret Service: the password comes from SENDIVENT_SMTP_PASSWORD");
        qputenv("SENDIVENT_SMTP_PASSWORD", kPassword.toUtf8());
        release.server.password = app::smtpPassword(release, true);
        qunsetenv("SENDIVENT_SMTP_PASSWORD");
    }
    QCOMPARE(release.server.password, kPassword);

    const mail::ReleaseSettings before = m_server->server().releaseSettings();
    const auto restore = qScopeGuard([&] { m_server->server().setReleaseSettings(before); });
    m_server->server().setReleaseSettings(release);
    const QString uuid = sendEmail();
    HttpReply r = m_client.post(m_server->url(u"/_local/deliveries/%1/release"_s.arg(uuid)), Json::object());
    QCOMPARE(r.status, 200);
    QCOMPARE(str(r.json()["data"]["release"], "server"), u"smtps://127.0.0.1:%1"_s.arg(secure.smtpPort));
    Json mail;
    QTRY_VERIFY((mail = secure.emailFor(uuid)).is_object());
    QCOMPARE(str(mail, "subject"), u"Din order är bekräftad ✓ — A-17 🚚"_s);
    // GET never shows the password, only that one is set.
    const Json shown = m_client.get(m_server->url(u"/_local/release"_s)).json()["data"]["release"];
    QCOMPARE(shown["smtp"]["password_set"], Json(true));
    QVERIFY(!QString::fromUtf8(dumpJson(shown)).contains(kPassword));

    // A wrong password: refused by the server, said so, and never echoed.
    mail::ReleaseSettings wrong = release;
    wrong.server.password = u"wrong-password"_s;
    m_server->server().setReleaseSettings(wrong);
    r = m_client.post(m_server->url(u"/_local/deliveries/%1/release"_s.arg(uuid)), Json::object());
    QCOMPARE(r.status, 502);
    QVERIFY2(str(r.json(), "error").contains(u"refused the user name or password"_s), r.body.constData());
    QVERIFY(!r.body.contains("wrong-password"));

    // Without the CA file the self-signed certificate is not trusted.
    mail::ReleaseSettings untrusted = release;
    untrusted.server.caFile.clear();
    m_server->server().setReleaseSettings(untrusted);
    r = m_client.post(m_server->url(u"/_local/release/test"_s), Json::object());
    QCOMPARE(r.status, 502);
    QVERIFY2(str(r.json(), "error").contains(u"certificate is not trusted"_s), r.body.constData());
}

void TstRelease::releaseAllRule()
{
    // Switched on over HTTP, as a CI script would.
    HttpReply r = m_client.put(m_server->url(u"/_local/release"_s), Json{{"release_all", true}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["release"]["release_all"], Json(true));
    const QString uuid = sendEmail(u"rule@example.com"_s);
    Json mail;
    QTRY_VERIFY((mail = m_plain->emailFor(uuid)).is_object());
    QCOMPARE(str(mail["to"][0], "address"), u"me@inbox.test"_s);
    QTRY_COMPARE(str(trace(uuid)["timeline"].back(), "event"), u"released"_s);
    QCOMPARE(m_client.put(m_server->url(u"/_local/release"_s), Json{{"release_all", false}}).status, 200);

    // Off again: a new send is not released.
    const QString quiet = sendEmail(u"quiet@example.com"_s);
    QTest::qWait(300);
    QVERIFY(m_plain->emailFor(quiet).is_null());
    QCOMPARE(str(trace(quiet)["timeline"].back(), "event"), u"delivered"_s);
}

void TstRelease::settingsRoute()
{
    HttpReply r = m_client.get(m_server->url(u"/_local/release"_s));
    QCOMPARE(r.status, 200);
    const Json shown = r.json()["data"]["release"];
    QCOMPARE(shown["configured"], Json(true));
    QCOMPARE(str(shown["smtp"], "security"), u"none"_s);
    QCOMPARE(str(shown, "to"), u"me@inbox.test"_s);
    // The password never travels over HTTP.
    r = m_client.put(m_server->url(u"/_local/release"_s), Json{{"smtp", {{"host", "x"}, {"password", "p"}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(str(r.json()["details"][0], "field"), u"smtp.password"_s);
    // The rule needs someone to release to.
    r = m_client.put(m_server->url(u"/_local/release"_s), Json{{"to", nullptr}, {"release_all", true}});
    QCOMPARE(r.status, 400);
    // The test message reaches the inbox.
    r = m_client.post(m_server->url(u"/_local/release/test"_s), Json{{"to", "check@inbox.test"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["release"]["delivery_uuid"], Json(nullptr));
}

QTEST_GUILESS_MAIN(TstRelease)
#include "tst_release.moc"

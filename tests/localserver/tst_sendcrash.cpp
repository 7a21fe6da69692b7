// Kill -9 in the middle of a stream of sends: every delivery the server acknowledged
// must be in the database afterwards (issue 5, "Bad input"), and every keyed answer
// must replay after a restart.
#include <base/json.h>
#include <storage/database.h>
#include <testserver.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_SendCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedSendsSurviveKill();

private:
    bool startServer(QProcess &process, const QString &dataDir, QString *url);
};

bool tst_SendCrash::startServer(QProcess &process, const QString &dataDir, QString *url)
{
    process.start(qEnvironmentVariable("SENDIVENT_CONSOLE"),
                  {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dataDir, u"--api-key"_s, kSandboxKey,
                   u"--limits"_s, u"off"_s});
    if (!process.waitForStarted(10'000))
        return false;
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains('\n') && clock.elapsed() < 10'000) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
    }
    const qsizetype at = out.indexOf("listening on ");
    if (at < 0)
        return false;
    *url = QString::fromLatin1(out.mid(at + 13).split('\n').first().trimmed());
    return true;
}

void tst_SendCrash::acknowledgedSendsSurviveKill()
{
    QTemporaryDir dir;
    QProcess server;
    QString url;
    QVERIFY2(startServer(server, dir.path(), &url), server.readAllStandardError().constData());

    struct Acknowledged
    {
        QByteArray key;
        QByteArray body;
        std::string uuid;
    };
    QList<Acknowledged> acknowledged;
    constexpr int kClients = 8;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    int sent = 0;
    int open = 0; // requests without their answer (or error) yet
    bool stopping = false;
    std::function<void(QNetworkAccessManager *)> fire = [&](QNetworkAccessManager *nam) {
        if (stopping)
            return;
        QNetworkRequest request(QUrl(url + u"/v1/send/user.welcome/email"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + kSandboxKey.toLatin1());
        const QByteArray key = "crash-" + QByteArray::number(++sent);
        request.setRawHeader("X-Idempotency-Key", key);
        QNetworkReply *reply = nam->post(request, R"({"to":"crash@example.com","payload":{}})");
        ++open;
        connect(reply, &QNetworkReply::finished, this, [&, reply, nam, key] {
            --open;
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                const QByteArray body = reply->readAll();
                const Json answer = parseJson(body).value_or(Json());
                acknowledged.append({key, body, answer["deliveries"][0]["email"].get<std::string>()});
            }
            fire(nam);
        });
    };
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        fire(clients.back().get());
    }
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 300, 30'000);
    server.kill(); // SIGKILL: no chance to finish anything
    stopping = true;
    QVERIFY(server.waitForFinished(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(open, 0, 10'000); // the clients saw their connections drop

    {
        Database db(QDir(dir.path()).filePath(u"sendivent.db"_s));
        QVERIFY(db.open());
        for (const Acknowledged &a : std::as_const(acknowledged)) {
            auto q = execSql(db, u"SELECT count(*) FROM deliveries WHERE uuid = ?"_s, {QString::fromStdString(a.uuid)});
            QVERIFY(q && q->next());
            QVERIFY2(q->value(0).toInt() == 1, a.uuid.c_str());
        }
    }

    // After a restart every acknowledged answer replays as it was.
    QProcess again;
    QVERIFY(startServer(again, dir.path(), &url));
    QNetworkAccessManager nam;
    for (qsizetype i = 0; i < acknowledged.size(); i += acknowledged.size() / 10) {
        QNetworkRequest request(QUrl(url + u"/v1/send/user.welcome/email"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + kSandboxKey.toLatin1());
        request.setRawHeader("X-Idempotency-Key", acknowledged[i].key);
        QNetworkReply *reply = nam.post(request, R"({"to":"crash@example.com","payload":{}})");
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->rawHeader("X-Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(reply->readAll(), acknowledged[i].body);
        reply->deleteLater();
    }
    again.terminate();
    QVERIFY(again.waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(tst_SendCrash)
#include "tst_sendcrash.moc"

// The send pipeline without HTTP: SendService over a real database, one send per
// transaction as the server does, to see what the core costs per send and where.
//
//   bench_sendservice [SENDS]
#include <database.h>
#include <deliverystore.h>
#include <provideroutcomes.h>
#include <sendservice.h>
#include <workspaceservice.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>

#include <cstdio>

using namespace sendivent;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int sends = argc > 1 ? std::atoi(argv[1]) : 20000;
    QTemporaryDir dir;
    Database db(dir.filePath(u"bench.db"_s));
    if (!db.open() || !WorkspaceService(db).seedDemoIfEmpty())
        return 1;
    WorkspaceService workspace(db);
    DeliveryStore store(db);
    SendService send(db, workspace, store, nullptr, nullptr);
    auto request = parseSendRequest(u"user.welcome"_s, u"email"_s,
                                    Json{{"to", "bench@example.com"}, {"payload", {{"promo_code", "BENCH10"}}}});
    if (!request)
        return 1;

    if (qEnvironmentVariableIsSet("BENCH_DROP_INDEXES")) {
        for (const char *index : {"deliveries_event", "deliveries_channel", "deliveries_status", "deliveries_pending"})
            (void)execSql(db, u"DROP INDEX IF EXISTS "_s + QLatin1StringView(index));
    }
    if (qEnvironmentVariableIsSet("BENCH_NO_AUTOCHECKPOINT"))
        (void)execSql(db, u"PRAGMA wal_autocheckpoint=0"_s);
    qint64 sendNs = 0;
    qint64 commitNs = 0;
    QElapsedTimer total;
    total.start();
    // SENDS_PER_COMMIT > 1 shows what grouping commits would give.
    const int group = std::max(1, qEnvironmentVariableIntValue("SENDS_PER_COMMIT"));
    for (int i = 0; i < sends; i += group) {
        QElapsedTimer t;
        t.start();
        Transaction tx(db);
        for (int j = 0; j < group; ++j) {
            auto result = send.send(*request);
            if (!result || result->deliveries.isEmpty() || !send.store(*result))
                return 2;
        }
        sendNs += t.nsecsElapsed();
        t.restart();
        if (!tx.commit())
            return 3;
        commitNs += t.nsecsElapsed();
    }
    const double seconds = total.nsecsElapsed() / 1e9;
    if (qEnvironmentVariableIsSet("BENCH_REPORT_WAL"))
        std::printf("wal bytes per send: %.0f\n", QFileInfo(db.filePath() + u"-wal"_s).size() / double(sends));
    std::printf("{\"sends\":%d,\"sendsPerSecond\":%.0f,\"sendUs\":%.1f,\"commitUs\":%.1f}\n", sends, sends / seconds,
                sendNs / 1e3 / sends, commitNs / 1e3 / sends);
    return 0;
}

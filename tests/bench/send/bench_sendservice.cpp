// The send pipeline without HTTP: SendService over a real database on this thread,
// one send per transaction (SENDS_PER_COMMIT=N groups N, as the server's group
// commit does), to see what the core costs per send. Prints one JSON line.
//
//   [SENDS_PER_COMMIT=16] bench_sendservice [SENDS]
#include <deliveries/deliverystore.h>
#include <send/sendservice.h>
#include <storage/database.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>

#include <cstdio>

using namespace sendivent;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int sends = argc > 1 ? std::atoi(argv[1]) : 20000;
    const int group = std::max(1, qEnvironmentVariableIntValue("SENDS_PER_COMMIT"));
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

    qint64 sendNs = 0;
    qint64 commitNs = 0;
    QElapsedTimer total;
    total.start();
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
    std::printf("{\"sends\":%d,\"sendsPerCommit\":%d,\"sendsPerSecond\":%.0f,\"sendUs\":%.1f,\"commitUs\":%.1f}\n",
                sends, group, sends / seconds, sendNs / 1e3 / sends, commitNs / 1e3 / sends);
    return 0;
}

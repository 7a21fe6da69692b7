// The Deliveries page at scale (issue 9): fills a database with a million deliveries
// (one SQL statement per table, generated inside SQLite), then opens the real
// DeliveriesPage over it offscreen, again and again, and measures
//   - the time from constructing the page to its first rows painted (median of runs);
//   - the same after choosing a filter (status, environment, event, the last hour);
//   - the time for the page's chart and for loading one more page (scrolling);
//   - resident memory (VmRSS, and the peak VmHWM) from /proc/self/status.
// Targets: first rows < 300 ms, RSS < 200 MB.
//
//   bench_deliveries [--deliveries N] [--runs R] [--data-dir DIR] [--lookups-only]
//
// --data-dir keeps the database and reuses it on the next run.

#include <backend/localbackend.h>
#include <changenotifier.h>
#include <deliveries/deliveriesmodel.h>
#include <deliveries/deliveriespage.h>
#include <deliveries/deliverystore.h>
#include <emulation/clock.h>
#include <services.h>
#include <storage/database.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QTableView>

#include <algorithm>
#include <cstdio>

using namespace sendivent;
using namespace Qt::StringLiterals;

namespace {

QString procStatus(const char *key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(qstrlen(key) + 1).trimmed());
    }
    return u"n/a"_s;
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "SQL failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql));
        return false;
    }
    return true;
}

// A million rows of what sends make: 7 channels, 5 events, both environments, the
// statuses in a realistic mix, one every 100 ms up to now, with a content snapshot
// and a three-step timeline each, to 50,000 contacts.
bool fill(const Database &db, qint64 count)
{
    QSqlDatabase c = db.connection();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString sql = uR"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {COUNT})
        INSERT INTO deliveries (uuid, environment, event_name, channel, status, contact_uuid, recipient, provider,
                                message_id, language, content, error, created_at, sent_at, delivered_at, updated_at)
        SELECT printf('%08x-%04x-4%03x-8%03x-%012x', i, i % 65536, i % 4096, (i * 7) % 4096, i * 2654435761 % 281474976710656),
               CASE WHEN i % 4 = 0 THEN 'production' ELSE 'sandbox' END,
               CASE i % 5 WHEN 0 THEN 'order.confirmed' WHEN 1 THEN 'order.shipped' WHEN 2 THEN 'user.welcome'
                           WHEN 3 THEN 'password.reset' ELSE 'team.alert' END,
               CASE i % 7 WHEN 0 THEN 'email' WHEN 1 THEN 'sms' WHEN 2 THEN 'slack' WHEN 3 THEN 'push'
                           WHEN 4 THEN 'telegram' WHEN 5 THEN 'whatsapp' ELSE 'discord' END,
               CASE WHEN i % 100 < 70 THEN 'delivered' WHEN i % 100 < 88 THEN 'sent' WHEN i % 100 < 95 THEN 'failed'
                    WHEN i % 100 < 99 THEN 'bounced' ELSE 'complained' END,
               printf('%08x-0000-4000-8000-000000000000', i % 50000),
               'user' || (i % 50000) || '@example.com',
               'ses', 'msg-' || i, 'en',
               '{"subject":"Order ' || i || ' confirmed","html":"<h1>Thanks!</h1><p>Order ' || i
                   || ' is on its way.</p>","text":"Order ' || i || ' is on its way."}',
               NULL,
               {NOW} - ({COUNT} - i) * 100, {NOW} - ({COUNT} - i) * 100 + 5, NULL, {NOW} - ({COUNT} - i) * 100 + 5
        FROM n)"_s.replace(u"{COUNT}"_s, QString::number(count)).replace(u"{NOW}"_s, QString::number(now));
    // The 50,000 recipients as contacts, so contact= finds their deliveries.
    const QString contacts = uR"(
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49999)
        INSERT OR IGNORE INTO contacts (uuid, email, created_at, updated_at)
        SELECT printf('%08x-0000-4000-8000-000000000000', i), 'user' || i || '@example.com', {NOW}, {NOW} FROM n)"_s
                                 .replace(u"{NOW}"_s, QString::number(now));
    if (!exec(c, u"BEGIN"_s) || !exec(c, contacts) || !exec(c, sql))
        return false;
    for (const auto &[seq, event, offset] : {std::tuple{0, "queued", 0}, {1, "rendered", 2}, {2, "sent", 5}}) {
        if (!exec(c, u"INSERT INTO delivery_events (delivery_id, seq, event, at, detail)"
                     " SELECT id, %1, '%2', created_at + %3, NULL FROM deliveries"_s.arg(seq).arg(QLatin1String(event)).arg(offset)))
            return false;
    }
    // Rows written here bypass DeliveryStore, which keeps the totals GET /v1/deliveries
    // answers with (migration 12): counted once instead.
    if (!exec(c, u"DELETE FROM deliveries_totals"_s)
        || !exec(c, u"INSERT INTO deliveries_totals (environment, status, n)"
                    " SELECT environment, status, count(*) FROM deliveries GROUP BY environment, status"_s))
        return false;
    return exec(c, u"COMMIT"_s) && exec(c, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

qint64 deliveryCount(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT count(*) FROM deliveries"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Waits (running the event loop) until the table shows rows and has painted them.
double untilPainted(QTableView *table, const QElapsedTimer &clock)
{
    while (table->model()->rowCount() == 0 && clock.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    table->viewport()->repaint(); // the paint the next event loop turn would do
    return double(clock.nsecsElapsed()) / 1e6;
}

// Finding one delivery (issue 17): a page of 20 and its total, as GET /v1/deliveries
// reads them, for each lookup; the median of many runs on one open database.
// Targets: recipient and message id < 20 ms, a time-range page < 50 ms.
bool lookups(const QString &path, int runs)
{
    Database db(path);
    if (!db.open())
        return false;
    DeliveryStore store(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Lookup
    {
        const char *name;
        DeliveryFilter filter;
    };
    const auto filter = [](auto &&set) {
        DeliveryFilter f;
        f.environment = Environment::Sandbox;
        set(f);
        return f;
    };
    const QList<Lookup> cases{
        {"recipient=", filter([](DeliveryFilter &f) { f.recipient = u"User4243@example.com"_s; })},
        {"message_id=", filter([](DeliveryFilter &f) { f.messageId = u"msg-777777"_s; })},
        {"contact= (email)", filter([](DeliveryFilter &f) { f.contact = u"user4243@example.com"_s; })},
        {"q= uuid prefix", filter([](DeliveryFilter &f) { f.search = u"000bde31-de31"_s; })},
        {"q= recipient start", filter([](DeliveryFilter &f) { f.search = u"user4243@"_s; })},
        {"last hour", filter([&](DeliveryFilter &f) { f.createdFrom = now.addSecs(-3600); })},
        {"a day, a week ago",
         filter([&](DeliveryFilter &f) {
             f.createdFrom = now.addDays(-8);
             f.createdBefore = now.addDays(-7);
         })},
        {"a day + status=failed",
         filter([&](DeliveryFilter &f) {
             f.createdFrom = now.addDays(-2);
             f.createdBefore = now.addDays(-1);
             f.statuses = {u"failed"_s};
         })},
    };
    for (const Lookup &c : cases) {
        QList<double> times;
        qint64 total = -1;
        for (int run = 0; run < std::max(runs, 5) * 3; ++run) {
            QElapsedTimer clock;
            clock.start();
            auto page = store.list(c.filter, 20, 0);
            auto counted = store.count(c.filter);
            times << double(clock.nsecsElapsed()) / 1e6;
            if (!page || !counted)
                return false;
            total = *counted;
        }
        std::printf("lookup %-22s total %7lld: median %.2f ms (min %.2f, max %.2f)\n  plan: %s\n", c.name, total,
                    median(times), *std::min_element(times.begin(), times.end()),
                    *std::max_element(times.begin(), times.end()), qPrintable(store.queryPlans(c.filter).join(u" | "_s)));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const qint64 count = option(u"--deliveries"_s, u"1000000"_s).toLongLong();
    const int runs = option(u"--runs"_s, u"7"_s).toInt();
    QTemporaryDir temporary;
    const QString dir = option(u"--data-dir"_s, temporary.path());
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"bench-deliveries.db"_s);

    {
        Database db(path);
        if (Status s = db.open(); !s) {
            std::fprintf(stderr, "open: %s\n", qPrintable(s.error().message));
            return 1;
        }
        WorkspaceService workspace(db);
        (void)workspace.seedDemoIfEmpty();
        if (deliveryCount(db) != count) {
            QElapsedTimer t;
            t.start();
            if (!exec(db.connection(), u"DELETE FROM delivery_events"_s) || !exec(db.connection(), u"DELETE FROM deliveries"_s)
                || !fill(db, count))
                return 1;
            std::printf("filled %lld deliveries (with 3 timeline entries each) in %.1f s; file %.0f MB\n",
                        count, double(t.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6);
        } else {
            std::printf("reusing %s with %lld deliveries\n", qPrintable(path), count);
        }
    }
    std::printf("RSS before the page: VmRSS %s, VmHWM %s\n", qPrintable(procStatus("VmRSS:")),
                qPrintable(procStatus("VmHWM:")));

    struct Case
    {
        const char *name;
        const char *combo;
        QVariant data;
    };
    const QList<Case> cases{{"no filter", nullptr, {}},
                            {"status=failed", "deliveryStatusFilter", u"failed"_s},
                            {"status=complained", "deliveryStatusFilter", u"complained"_s},
                            {"environment=production", "deliveryFilterEnvironment", u"production"_s},
                            {"event=order.shipped", "deliveryFilterEvent", u"order.shipped"_s},
                            {"channel=whatsapp", "deliveryFilterChannel", u"whatsapp"_s},
                            {"last hour", "deliveryFilterPeriod", int(app::DeliveriesPage::Period::LastHour)}};
    for (const Case &c : cases) {
        if (args.contains(u"--lookups-only"_s))
            break;
        QList<double> firstRows;
        QList<double> nextPage;
        for (int run = 0; run < runs; ++run) {
            Database db(path);
            if (!db.open())
                return 1;
            ChangeNotifier notifier;
            QElapsedTimer clock;
            clock.start();
            Clock emulated;
            Services services(db, &notifier, emulated);
            LocalBackend backend(services);
            app::DeliveriesPage page(&backend);
            page.resize(1400, 900);
            page.show();
            auto *table = page.findChild<QTableView *>(u"deliveryTable"_s);
            double ms = untilPainted(table, clock);
            if (c.combo && QLatin1StringView(c.combo) == "deliveryStatusFilter"_L1) {
                clock.restart();
                page.setStatusFilter({c.data.toString()});
                ms = untilPainted(table, clock);
            } else if (c.combo) {
                auto *box = page.findChild<QComboBox *>(QString::fromLatin1(c.combo));
                clock.restart();
                box->setCurrentIndex(box->findData(c.data));
                ms = untilPainted(table, clock);
            }
            firstRows << ms;
            // Scrolling to the end of what is loaded reads the next page.
            const int loaded = table->model()->rowCount();
            clock.restart();
            table->scrollToBottom();
            while (table->model()->rowCount() == loaded && clock.elapsed() < 60'000
                   && page.model()->canFetchMore({}) + page.model()->isLoading() > 0)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            nextPage << double(clock.nsecsElapsed()) / 1e6;
            if (run == 0)
                std::printf("%-24s total %lld\n", c.name, page.model()->total());
        }
        std::printf("%-24s first rows: median %.1f ms (min %.1f, max %.1f); next page: median %.1f ms\n", c.name,
                    median(firstRows), *std::min_element(firstRows.begin(), firstRows.end()),
                    *std::max_element(firstRows.begin(), firstRows.end()), median(nextPage));
        std::fflush(stdout);
    }
    std::printf("RSS after: VmRSS %s, VmHWM %s\n", qPrintable(procStatus("VmRSS:")), qPrintable(procStatus("VmHWM:")));
    return lookups(path, runs) ? 0 : 1;
}

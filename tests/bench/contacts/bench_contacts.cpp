// Contacts at scale (issue 4): bulk-loads a million contacts into a temporary
// database, starts the real LocalServer on its own thread, and measures over HTTP
// (one keep-alive connection, blocking client) how long the server takes to answer
//   GET /v1/contacts?search=…      several kinds of search, as people type them
//   GET /v1/contacts/{email}       lookup (and by phone and UUID, for comparison)
//   GET /v1/contacts?limit=50&offset=…  plain pages
// Before timing it checks the search totals against a plain LIKE scan.
//
//   bench_contacts [--contacts N] [--requests R] [--data-dir DIR]
//
// --data-dir keeps the database there and reuses it on the next run (loading takes a
// while); without it everything lives in a temporary folder.

#include <localserver.h>
#include <storage/database.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QUrl>
#include <QtCore/QUuid>
#include <QtNetwork/QTcpSocket>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#ifdef Q_OS_UNIX
#include <pthread.h>
#include <time.h>
#endif

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

using namespace sendivent;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"test_benchcontacts0123456789"_s;

// Name parts and domains the generated contacts are made of. With 64 first names, 128
// last names and 12 domains, a last name matches ~1/128 of the contacts, a full name
// ~1/8192, an email or phone ~1.
const char *const kFirst[] = {
    "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Emma", "Nils", "Lisa",
    "Olof", "Ida", "Jonas", "Elin", "Mats", "Sofia", "Oskar", "James", "Mary", "Robert", "Patricia", "Michael",
    "Jennifer", "William", "Linda", "David", "Elizabeth", "Richard", "Barbara", "Joseph", "Susan", "Thomas",
    "Jessica", "Charles", "Sarah", "Daniel", "Karen", "Matthew", "Nancy", "Mohammed", "Fatima", "Wei", "Yan",
    "Hiroshi", "Yuki", "Luca", "Giulia", "Pierre", "Camille", "Jan", "Agnieszka", "Olga", "Ivan", "Ahmet",
    "Ayse", "Carlos", "Lucia", "Jose", "Ana", "Raj", "Priya"};
const char *const kLast[] = {
    "Lindqvist", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
    "Jakobsson", "Magnusson", "Lindstrom", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
    "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore",
    "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
    "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
    "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
    "Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Bernard",
    "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Nowak", "Kowalski", "Wisniewski",
    "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Wang", "Li",
    "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe",
    "Kim", "Park", "Choi", "Singh", "Kumar", "Sharma"};
const char *const kDomains[] = {"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com",
                                "acme-corp.com", "example.org", "mail.ru", "web.de", "qq.com", "telia.se"};

struct Person
{
    QString first, last, email, phone;
};

// Contact n, recomputed the same way by the loader and by the query generator.
Person person(qint64 n)
{
    const char *first = kFirst[(n * 7) % std::size(kFirst)];
    const char *last = kLast[(n / 3 + n * 13) % std::size(kLast)];
    const char *domain = kDomains[(n * 5 + n / 7) % std::size(kDomains)];
    Person p{QString::fromLatin1(first), QString::fromLatin1(last), {}, {}};
    p.email = u"%1.%2%3@%4"_s.arg(p.first.toLower(), p.last.toLower()).arg(n).arg(QLatin1StringView(domain));
    // A bijection on 0..10^8-1 (7919 is prime to 10^8), so every phone is distinct.
    p.phone = u"+468%1"_s.arg((n * 7919) % 100'000'000, 8, 10, QLatin1Char('0'));
    return p;
}

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_contacts: %s\n", qPrintable(what));
    return false;
}

bool exec(QSqlQuery &q, const QString &sql)
{
    return q.exec(sql) || fail(sql + u": "_s + q.lastError().text());
}

qint64 storedContacts(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT n FROM contacts_total"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

// Staged into a TEMP table with one prepared statement, then moved in one INSERT …
// SELECT, inside one transaction: FTS5 flushes its pending index at every statement
// boundary a trigger opens, so row-by-row inserts into contacts would cost ~4x more.
// The triggers of migration 2 keep the search index and the count, as in real use.
bool bulkLoad(const Database &db, qint64 count)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    if (!exec(q, u"PRAGMA cache_size = -262144"_s) || !exec(q, u"BEGIN"_s))
        return false;
    if (!exec(q, u"CREATE TEMP TABLE stage (uuid TEXT, email TEXT, phone TEXT, external_id TEXT, name TEXT,"
                 u" meta TEXT, created_at INTEGER)"_s))
        return false;
    QSqlQuery insert(connection);
    insert.prepare(u"INSERT INTO stage VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qint64 n = 0; n < count; ++n) {
        const Person p = person(n);
        insert.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.bindValue(1, p.email);
        insert.bindValue(2, p.phone);
        insert.bindValue(3, u"ext-%1"_s.arg(n));
        insert.bindValue(4, QString(p.first + u' ' + p.last));
        insert.bindValue(5, n % 3 ? u"{\"tier\":\"free\"}"_s : u"{\"tier\":\"premium\",\"language\":\"sv\"}"_s);
        insert.bindValue(6, now - (count - n) * 1000);
        if (!insert.exec())
            return fail(u"staging row %1: %2"_s.arg(n).arg(insert.lastError().text()));
        if (n % 200'000 == 0 && n)
            std::fprintf(stderr, "  staged %lld\n", static_cast<long long>(n));
    }
    insert.finish();
    return exec(q, u"INSERT INTO contacts (uuid, email, phone, external_id, name, meta, created_at, updated_at)"
                   u" SELECT uuid, email, phone, external_id, name, meta, created_at, created_at FROM stage"
                   u" ORDER BY rowid"_s)
           && exec(q, u"DROP TABLE stage"_s) && exec(q, u"COMMIT"_s) && exec(q, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

// CPU time the server thread spent, in ms: unlike latency, it does not grow when other
// processes compete for the CPUs, so it shows the cost of a request on a busy machine.
class ServerCpu final
{
public:
    void attachToCurrentThread()
    {
#ifdef Q_OS_UNIX
        m_valid = pthread_getcpuclockid(pthread_self(), &m_clock) == 0;
#endif
    }
    double ms() const
    {
#ifdef Q_OS_UNIX
        timespec t{};
        if (m_valid && clock_gettime(m_clock, &t) == 0)
            return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#endif
        return 0;
    }

private:
#ifdef Q_OS_UNIX
    clockid_t m_clock{};
#endif
    bool m_valid = false;
};

// A minimal HTTP/1.1 client on one keep-alive connection: the least client-side time
// possible, so the figures are the server's.
class Client final
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        return m_socket.waitForConnected(5000);
    }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        double ms = 0;
    };

    Reply get(const QByteArray &target)
    {
        QElapsedTimer timer;
        timer.start();
        m_socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kKey.toLatin1()
                       + "\r\n\r\n");
        m_socket.flush();
        QByteArray buffer;
        qsizetype headEnd = -1;
        qsizetype length = -1;
        Reply reply;
        while (headEnd < 0 || buffer.size() < headEnd + 4 + length) {
            if (!m_socket.bytesAvailable() && !m_socket.waitForReadyRead(60'000))
                return reply;
            buffer += m_socket.readAll();
            if (headEnd < 0 && (headEnd = buffer.indexOf("\r\n\r\n")) >= 0) {
                reply.status = buffer.mid(9, 3).toInt();
                const QByteArray head = buffer.left(headEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            }
        }
        reply.ms = double(timer.nsecsElapsed()) / 1e6;
        reply.body = buffer.mid(headEnd + 4, length);
        return reply;
    }

private:
    QTcpSocket m_socket;
};

struct Stats
{
    QString name;
    std::vector<double> ms;
    std::vector<double> cpuMs;
    qint64 minTotal = -1, maxTotal = -1;

    static double percentile(std::vector<double> sorted, double p)
    {
        std::sort(sorted.begin(), sorted.end());
        const size_t i = std::min(sorted.size() - 1, size_t(std::max(0.0, p * double(sorted.size()) - 1e-9)));
        return sorted[i];
    }
    void print() const
    {
        std::printf("  %-34s n=%4zu  p50 %8.3f ms  p95 %8.3f ms  max %8.3f ms  | server CPU p50 %7.3f ms",
                    qPrintable(name), ms.size(), percentile(ms, 0.5), percentile(ms, 0.95),
                    *std::max_element(ms.begin(), ms.end()), percentile(cpuMs, 0.5));
        if (minTotal >= 0)
            std::printf("  (total %lld..%lld)", static_cast<long long>(minTotal), static_cast<long long>(maxTotal));
        std::printf("\n");
    }
};

QByteArray searchTarget(const QString &text)
{
    return "/v1/contacts?search=" + QUrl::toPercentEncoding(text);
}

qint64 totalOf(const QByteArray &body)
{
    const auto json = parseJson(body);
    return json ? (*json)["data"].value("total", qint64(-1)) : -1;
}

// The searches people type, each derived from a random existing contact.
const QString kKinds[] = {u"last name"_s, u"full name"_s, u"email"_s, u"phone digits"_s, u"first name + initial"_s};

QString searchText(const QString &kind, qint64 n)
{
    const Person p = person(n);
    if (kind == u"full name")
        return p.first + u' ' + p.last;
    if (kind == u"email")
        return p.email.left(p.email.indexOf(u'@'));
    if (kind == u"phone digits")
        return p.phone.mid(4, 7);
    if (kind == u"first name + initial")
        return p.first + u' ' + p.last.left(1);
    return p.last; // "last name": the broadest, ~1/128 of all contacts
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 contacts = 1'000'000;
    int requests = 300;
    QString dataDir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--contacts")
            contacts = args[i + 1].toLongLong();
        else if (args[i] == u"--requests")
            requests = args[i + 1].toInt();
        else if (args[i] == u"--data-dir")
            dataDir = args[i + 1];
    }
    QTemporaryDir temporary;
    if (dataDir.isEmpty())
        dataDir = temporary.path();
    const QString dbPath = QDir(dataDir).filePath(server::LocalServer::databaseFileName());

    {
        Database db(dbPath);
        if (Status s = db.open(); !s)
            return fail(s.error().message), 1;
        if (storedContacts(db) != contacts + 5) {
            if (storedContacts(db) > 0)
                return fail(u"%1 holds other contacts; use an empty --data-dir"_s.arg(dbPath)), 1;
            Json fixture = WorkspaceService::demoFixture(); // with its 5 contacts
            fixture["plan"]["contact_limit"] = 100'000'000;
            if (auto imported = WorkspaceService(db).importFixture(fixture); !imported)
                return fail(imported.error().message), 1;
            QElapsedTimer load;
            load.start();
            std::fprintf(stderr, "loading %lld contacts into %s\n", static_cast<long long>(contacts),
                         qPrintable(dbPath));
            if (!bulkLoad(db, contacts))
                return 1;
            std::printf("loaded %lld contacts in %.1f s; database %.0f MB\n", static_cast<long long>(contacts),
                        double(load.elapsed()) / 1000, double(QFileInfo(dbPath).size()) / 1e6);
        }
    }

    // The real server, on its own thread as in the GUI; the client blocks on this one.
    QThread serverThread;
    serverThread.start();
    server::LocalServerOptions options;
    options.dataDir = dataDir;
    options.port = 0;
    options.apiKeys = {kKey};
    options.limits = false; // the sandbox's 10 requests a second would be the figure otherwise
    auto *localServer = new server::LocalServer(options);
    localServer->moveToThread(&serverThread);
    Status started;
    quint16 port = 0;
    ServerCpu serverCpu;
    QMetaObject::invokeMethod(localServer, [&] {
        serverCpu.attachToCurrentThread();
        started = localServer->start();
        port = localServer->port();
    }, Qt::BlockingQueuedConnection);
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(localServer, [&] { delete localServer; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    if (!started) {
        fail(started.error().message);
        stopServer();
        return 1;
    }

    Client client;
    if (!client.connectTo(port)) {
        fail(u"cannot connect to the server"_s);
        stopServer();
        return 1;
    }
    QRandomGenerator random(20260330);
    const auto anyContact = [&] { return qint64(random.bounded(quint64(contacts))); };
    int failures = 0;

    // Correctness at scale first: totals equal what a plain scan counts.
    {
        Database db(dbPath);
        (void)db.open();
        for (const QString &kind : kKinds) {
            const QString text = searchText(kind, anyContact());
            const QString like = u'%' + text + u'%';
            auto scan = execSql(db,
                                u"SELECT count(*) FROM contacts"
                                u" WHERE email LIKE ? OR name LIKE ? OR phone LIKE ?"_s,
                                {like, like, like});
            const qint64 expected = scan && scan->next() ? scan->value(0).toLongLong() : -2;
            const qint64 served = totalOf(client.get(searchTarget(text)).body);
            std::printf("check %-22s %-28s total %lld, scan %lld %s\n", qPrintable(kind),
                        qPrintable(u'"' + text + u'"'), static_cast<long long>(served),
                        static_cast<long long>(expected), served == expected ? "ok" : "MISMATCH");
            failures += served != expected;
        }
    }

    std::map<QString, Stats> results;
    using Sample = std::pair<double, double>; // latency, server CPU
    const auto measure = [&](const QString &name, const QByteArray &target, bool recordTotal) -> std::optional<Sample> {
        const double cpuBefore = serverCpu.ms();
        const Client::Reply r = client.get(target);
        const double cpu = serverCpu.ms() - cpuBefore;
        if (r.status != 200) {
            ++failures;
            fail(u"%1 answered %2: %3"_s.arg(QString::fromLatin1(target))
                     .arg(r.status)
                     .arg(QString::fromUtf8(r.body.left(200))));
            return std::nullopt;
        }
        Stats &s = results[name];
        s.name = name;
        s.ms.push_back(r.ms);
        s.cpuMs.push_back(cpu);
        if (recordTotal) {
            const qint64 total = totalOf(r.body);
            s.minTotal = s.minTotal < 0 ? total : std::min(s.minTotal, total);
            s.maxTotal = std::max(s.maxTotal, total);
        }
        return Sample{r.ms, cpu};
    };

    for (int i = 0; i < 50; ++i) // warm-up: caches, prepared paths
        client.get("/v1/contacts/" + QUrl::toPercentEncoding(person(anyContact()).email, "@"));

    for (int i = 0; i < requests; ++i) {
        for (const QString &kind : kKinds) {
            const QByteArray target = searchTarget(searchText(kind, anyContact()));
            if (const auto sample = measure(u"search: "_s + kind, target, true)) {
                results[u"search: all kinds"_s].ms.push_back(sample->first);
                results[u"search: all kinds"_s].cpuMs.push_back(sample->second);
            }
        }
        const Person p = person(anyContact());
        measure(u"lookup: email"_s, "/v1/contacts/" + QUrl::toPercentEncoding(p.email, "@"), false);
        measure(u"lookup: phone"_s, "/v1/contacts/" + QUrl::toPercentEncoding(p.phone), false);
        measure(u"list: page at offset < 10k"_s,
                "/v1/contacts?limit=50&offset=" + QByteArray::number(random.bounded(10'000)), false);
    }
    results[u"search: all kinds"_s].name = u"search: all kinds"_s;
    for (int i = 0; i < 10; ++i) {
        measure(u"list: page at a random offset"_s,
                "/v1/contacts?limit=50&offset=" + QByteArray::number(anyContact()), false);
        measure(u"search: 1-2 characters (scan)"_s, searchTarget(person(anyContact()).last.left(1 + i % 2)), true);
        measure(u"search: no match"_s, searchTarget(u"zzqx%1"_s.arg(i)), true);
    }

    std::printf("%lld contacts, %d rounds, one keep-alive connection, %d CPU(s)\n",
                static_cast<long long>(contacts + 5), requests, QThread::idealThreadCount());
    for (const auto &[name, stats] : results)
        stats.print();
    stopServer();
    if (failures)
        std::printf("%d failure(s)\n", failures);
    return failures ? 1 : 0;
}

// Finding a delivery (decisions.md, "Finding a delivery"): GET /v1/deliveries'
// recipient=, contact=, message_id=, q=, created_after=/created_before= and several
// statuses, over HTTP (their refusals are in tst_deliveryroutes' rejectsBadFilters); and the query plans, which must read an index for each lookup
// rather than scan the table (what keeps them fast at a million deliveries).
#include "sendfixture.h"

#include <deliveries/deliverystore.h>
#include <storage/database.h>

#include <QtCore/QDateTime>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_DeliverySearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void byRecipientIgnoringLetterCase();
    void byAnyContactIdentifier();
    void byMessageId();
    void searchBox_data();
    void searchBox();
    void shortUuidPrefixes();
    void byTimeRange();
    void oldestFirst();
    void severalStatuses();
    void filtersCombine();
    void lookupsSpanGenerations();
    void lookupsReadAnIndex_data();
    void lookupsReadAnIndex();

private:
    Json list(const QString &query)
    {
        const HttpReply r = m_client.get(m_server->url(u"/v1/deliveries?"_s + query));
        if (r.status != 200)
            qWarning() << r.body;
        return r.json();
    }
    int total(const QString &query) { return list(query)["data"]["total"].get<int>(); }
    QStringList uuids(const QString &query)
    {
        QStringList found;
        const Json answer = list(query);
        for (const Json &d : answer["data"]["deliveries"])
            found << QString::fromStdString(d["uuid"].get<std::string>());
        return found;
    }
    std::string sendEmail(const Json &to);

    QTemporaryDir m_dataDir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
    std::string m_jane;    // to Jane.Doe@Example.com, contact with external id cust-42
    std::string m_janeSms; // to Jane's phone
    std::string m_bob;     // to bob@example.org, no contact identifiers beyond the email
};

void tst_DeliverySearch::init()
{
    QVERIFY(m_dataDir.isValid());
    server::LocalServerOptions options;
    options.dataDir = m_dataDir.path();
    options.outcomeDelayMs = 60'000; // statuses stay `sent` unless a test simulates
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    QCOMPARE(m_client.put(m_server->url(u"/_local/workspace"_s), sendFixture()).status, 200);
    QCOMPARE(m_client.post(m_server->url(u"/_local/reset"_s), Json::object()).status, 200);

    const Json jane{{"email", "Jane.Doe@Example.com"}, {"phone", "+46702222222"}, {"external_id", "cust-42"},
                    {"name", "Jane"}};
    m_jane = sendEmail(jane);
    const HttpReply sms = sendTo(m_client, *m_server, u"/v1/send/all.channels/sms"_s,
                                 Json{{"to", jane}, {"payload", {{"note", "n"}}}});
    QCOMPARE(sms.status, 200);
    m_janeSms = deliveryOf(sms.json(), "sms");
    m_bob = sendEmail("bob@example.org");
    QVERIFY(!m_jane.empty() && !m_janeSms.empty() && !m_bob.empty());
}

void tst_DeliverySearch::cleanup()
{
    m_server.reset();
}

std::string tst_DeliverySearch::sendEmail(const Json &to)
{
    const HttpReply r = sendTo(m_client, *m_server, u"/v1/send/all.channels/email"_s,
                               Json{{"to", to}, {"payload", {{"note", "n"}}}});
    if (r.status != 200)
        qWarning() << r.body;
    return deliveryOf(r.json(), "email");
}

void tst_DeliverySearch::byRecipientIgnoringLetterCase()
{
    const QStringList jane{QString::fromStdString(m_jane)};
    QCOMPARE(uuids(u"recipient=jane.doe@example.com"_s), jane);
    QCOMPARE(uuids(u"recipient=JANE.DOE@EXAMPLE.COM"_s), jane);
    QCOMPARE(uuids(u"recipient=%2B46702222222"_s), QStringList{QString::fromStdString(m_janeSms)});
    QCOMPARE(total(u"recipient=jane.doe@example"_s), 0); // exact, not a prefix
    QCOMPARE(total(u"recipient=nobody@example.com"_s), 0);
}

void tst_DeliverySearch::byAnyContactIdentifier()
{
    const QStringList both{QString::fromStdString(m_janeSms), QString::fromStdString(m_jane)}; // newest first
    QCOMPARE(uuids(u"contact=cust-42"_s), both);
    QCOMPARE(uuids(u"contact=jane.doe@example.com"_s), both);
    QCOMPARE(uuids(u"contact=%2B46702222222"_s), both);
    const Json trace = traceOf(m_client, *m_server, m_jane);
    const QString contactUuid = QString::fromStdString(trace["data"]["delivery"]["contact_uuid"].get<std::string>());
    QVERIFY(!contactUuid.isEmpty());
    QCOMPARE(uuids(u"contact="_s + contactUuid), both);
    QCOMPARE(uuids(u"contact=bob@example.org"_s), QStringList{QString::fromStdString(m_bob)});
    QCOMPARE(total(u"contact=cust-43"_s), 0);
}

void tst_DeliverySearch::byMessageId()
{
    const Json trace = traceOf(m_client, *m_server, m_bob);
    const QString messageId = QString::fromStdString(trace["data"]["delivery"]["message_id"].get<std::string>());
    QVERIFY(!messageId.isEmpty());
    QCOMPARE(uuids(u"message_id="_s + QString::fromUtf8(QUrl::toPercentEncoding(messageId))),
             QStringList{QString::fromStdString(m_bob)});
    QCOMPARE(total(u"message_id=not-a-message"_s), 0);
}

void tst_DeliverySearch::searchBox_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("expected"); // names of the deliveries, newest first
    QTest::newRow("uuid prefix") << "{jane:28}" << QStringList{u"jane"_s};
    QTest::newRow("whole uuid") << "{jane}" << QStringList{u"jane"_s};
    QTest::newRow("uuid prefix, upper case") << "{JANE:13}" << QStringList{u"jane"_s};
    QTest::newRow("recipient prefix") << "jane.d" << QStringList{u"jane"_s};
    QTest::newRow("recipient, another case") << "BOB@EXAMPLE.ORG" << QStringList{u"bob"_s};
    QTest::newRow("phone") << "+4670222" << QStringList{u"janeSms"_s};
    QTest::newRow("external id") << "cust-42" << QStringList{u"janeSms"_s, u"jane"_s};
    QTest::newRow("message id") << "{bobMessage}" << QStringList{u"bob"_s};
    QTest::newRow("nothing") << "zzz-no-such-thing" << QStringList{};
}

void tst_DeliverySearch::searchBox()
{
    QFETCH(QString, q);
    QFETCH(QStringList, expected);
    const QMap<QString, QString> names{{u"jane"_s, QString::fromStdString(m_jane)},
                                       {u"janeSms"_s, QString::fromStdString(m_janeSms)},
                                       {u"bob"_s, QString::fromStdString(m_bob)}};
    const QString bobMessage
        = QString::fromStdString(traceOf(m_client, *m_server, m_bob)["data"]["delivery"]["message_id"].get<std::string>());
    q.replace(u"{jane:28}"_s, names[u"jane"_s].left(28))
        .replace(u"{JANE:13}"_s, names[u"jane"_s].left(13).toUpper())
        .replace(u"{jane}"_s, names[u"jane"_s])
        .replace(u"{bobMessage}"_s, bobMessage);
    QStringList want;
    for (const QString &name : std::as_const(expected))
        want << names[name];
    QCOMPARE(uuids(u"q="_s + QString::fromUtf8(QUrl::toPercentEncoding(q))), want);
}

// Version 7 uuids start with their time, so the eight characters support staff paste
// name every delivery of the same minute or so: all of them are found, newest first.
// Seven characters are too few to be taken for a uuid (and match no recipient here).
void tst_DeliverySearch::shortUuidPrefixes()
{
    QStringList all = uuids(u"limit=100"_s);
    const QString prefix = all.last().left(8);
    QStringList expected;
    for (const QString &uuid : std::as_const(all)) {
        if (uuid.startsWith(prefix))
            expected << uuid;
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(uuids(u"q="_s + prefix), expected);
    QCOMPARE(total(u"q="_s + prefix.left(7)), 0);
}

void tst_DeliverySearch::byTimeRange()
{
    const Json all = list(u"limit=100"_s)["data"]["deliveries"];
    QCOMPARE(all.size(), size_t(3));
    const auto createdAt = [&](size_t i) {
        return QDateTime::fromString(QString::fromStdString(all[i]["created_at"].get<std::string>()), Qt::ISODateWithMs);
    };
    // all[0] is the newest (bob), all[2] the oldest (jane's email).
    const QDateTime newest = createdAt(0);
    const QDateTime oldest = createdAt(2);
    QVERIFY(newest.isValid() && oldest.isValid());
    const auto iso = [](const QDateTime &t) {
        return QString::fromUtf8(QUrl::toPercentEncoding(t.toUTC().toString(Qt::ISODateWithMs)));
    };
    QCOMPARE(total(u"created_after="_s + iso(oldest)), 3); // inclusive
    QCOMPARE(total(u"created_before="_s + iso(oldest)), 0); // exclusive
    QCOMPARE(total(u"created_after="_s + iso(newest.addMSecs(1))), 0);
    QCOMPARE(uuids(u"created_after="_s + iso(newest)).first(), QString::fromStdString(m_bob));
    QCOMPARE(total(u"created_after="_s + iso(oldest) + u"&created_before="_s + iso(newest.addMSecs(1))), 3);
    // An offset written with +01:00 is the same instant.
    const QString withOffset = QString::fromUtf8(
        QUrl::toPercentEncoding(oldest.toOffsetFromUtc(3600).toString(Qt::ISODateWithMs)));
    QCOMPARE(total(u"created_after="_s + withOffset), 3);
    // A date alone means that day's first moment, UTC.
    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    QCOMPARE(total(u"created_after="_s + tomorrow), 0);
    QCOMPARE(total(u"created_before="_s + tomorrow), 3);
}

void tst_DeliverySearch::oldestFirst()
{
    const QStringList newest = uuids(u"limit=100"_s);
    QCOMPARE(newest.size(), 3);
    QStringList reversed(newest.crbegin(), newest.crend());
    QCOMPARE(uuids(u"order=oldest"_s), reversed);
    QCOMPARE(uuids(u"order=newest"_s), newest);
    // With a time range the order is created_at's, in either direction.
    const QString since = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    QCOMPARE(uuids(u"order=oldest&created_after="_s + since), reversed);
    QCOMPARE(uuids(u"order=oldest&limit=1&offset=2"_s), QStringList{newest.first()});
}

void tst_DeliverySearch::severalStatuses()
{
    QCOMPARE(m_client
                 .post(m_server->url(u"/_local/deliveries/%1/simulate"_s.arg(QString::fromStdString(m_bob))),
                       Json{{"outcome", "bounced"}})
                 .status,
             200);
    QCOMPARE(m_client
                 .post(m_server->url(u"/_local/deliveries/%1/simulate"_s.arg(QString::fromStdString(m_janeSms))),
                       Json{{"outcome", "failed"}})
                 .status,
             200);
    QCOMPARE(uuids(u"status=failed,bounced"_s),
             (QStringList{QString::fromStdString(m_bob), QString::fromStdString(m_janeSms)}));
    QCOMPARE(total(u"status=bounced"_s), 1);
    QCOMPARE(total(u"status=sent,failed"_s), 2);
    QCOMPARE(total(u"status=bounced,bounced"_s), 1);
}

void tst_DeliverySearch::filtersCombine()
{
    QCOMPARE(total(u"contact=cust-42&channel=sms"_s), 1);
    QCOMPARE(total(u"q=cust-42&channel=email"_s), 1);
    QCOMPARE(total(u"q=cust-42&status=bounced"_s), 0);
    QCOMPARE(total(u"recipient=bob@example.org&event=broken.partial"_s), 0);
    // The production key sees none of the sandbox's deliveries, whatever it searches.
    HttpClient production{kProductionKey};
    QCOMPARE(production.get(m_server->url(u"/v1/deliveries?q=cust-42"_s)).json()["data"]["total"], 0);
}

// The lookup indexes lead with the delivery's generation (id >> 16, migration 13):
// deliveries of one recipient in generations far apart, with empty ones between, are
// all found, in order either way, and paged across the generations' boundary.
void tst_DeliverySearch::lookupsSpanGenerations()
{
    {
        // A production delivery three generations on, so the next sends get ids there.
        Database db(QDir(m_dataDir.path()).filePath(u"sendivent.db"_s));
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(u"INSERT INTO deliveries (id, uuid, environment, event_name, channel, status, recipient,"
                        " created_at, updated_at) VALUES (3 * 65536 + 5, 'spacer', 'production', 'x', 'email', 'sent',"
                        " 'jane.doe@example.com', 0, 0)"_s),
                 qPrintable(q.lastError().text()));
    }
    const Json jane{{"email", "Jane.Doe@Example.com"}, {"external_id", "cust-42"}};
    const QString later = QString::fromStdString(sendEmail(jane));
    const QString latest = QString::fromStdString(sendEmail(jane));
    const QString first = QString::fromStdString(m_jane);
    QVERIFY(!later.isEmpty() && !latest.isEmpty());

    const QStringList newestFirst{latest, later, first};
    QCOMPARE(uuids(u"recipient=jane.doe@example.com"_s), newestFirst);
    QCOMPARE(total(u"recipient=jane.doe@example.com"_s), 3);
    QCOMPARE(uuids(u"recipient=jane.doe@example.com&order=oldest"_s), (QStringList{first, later, latest}));
    QCOMPARE(uuids(u"recipient=jane.doe@example.com&limit=2&offset=1"_s), (QStringList{later, first}));
    QCOMPARE(uuids(u"recipient=jane.doe@example.com&order=oldest&limit=1&offset=1"_s), QStringList{later});
    QCOMPARE(uuids(u"contact=cust-42"_s), (QStringList{latest, later, QString::fromStdString(m_janeSms), first}));
    QCOMPARE(uuids(u"q=jane.d"_s), newestFirst);
    const QString firstMessage = QString::fromStdString(
        traceOf(m_client, *m_server, m_jane)["data"]["delivery"]["message_id"].get<std::string>());
    QCOMPARE(uuids(u"message_id="_s + QString::fromUtf8(QUrl::toPercentEncoding(firstMessage))), QStringList{first});
    // The production key's own lookup finds only the spacer.
    HttpClient production{kProductionKey};
    QCOMPARE(production.get(m_server->url(u"/v1/deliveries?recipient=jane.doe@example.com"_s)).json()["data"]["total"],
             1);
}

void tst_DeliverySearch::lookupsReadAnIndex_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("indexes"); // each must be read
    QTest::newRow("recipient") << "recipient" << QStringList{u"deliveries_recipient"_s};
    QTest::newRow("contact") << "contact" << QStringList{u"deliveries_contact"_s};
    QTest::newRow("message id") << "message_id" << QStringList{u"deliveries_message_id"_s};
    QTest::newRow("search box") << "q"
                                << QStringList{u"deliveries_recipient"_s, u"deliveries_message_id"_s,
                                               u"deliveries_contact"_s, u"(uuid>? AND uuid<?)"_s};
    QTest::newRow("time range") << "time" << QStringList{u"deliveries_created"_s};
    QTest::newRow("time range and status") << "time+status" << QStringList{u"deliveries_created"_s};
    QTest::newRow("time range, oldest first") << "time+oldest" << QStringList{u"deliveries_created"_s};
}

// EXPLAIN QUERY PLAN of the store's own statements on the server's database, with the
// environment every API request filters by: each lookup reads its own index, never a
// table scan nor an (environment, …) index (half the table), and a time range is read
// in order, without sorting it.
void tst_DeliverySearch::lookupsReadAnIndex()
{
    QFETCH(QString, what);
    QFETCH(QStringList, indexes);
    m_server.reset();
    Database db(QDir(m_dataDir.path()).filePath(u"sendivent.db"_s));
    QVERIFY(db.open());
    DeliveryFilter filter;
    filter.environment = Environment::Sandbox;
    filter.channel = Channel::Email;
    if (what == u"recipient"_s)
        filter.recipient = u"jane@example.com"_s;
    else if (what == u"contact"_s)
        filter.contact = u"cust-42"_s;
    else if (what == u"message_id"_s)
        filter.messageId = u"0100018c-1234"_s;
    else if (what == u"q"_s)
        filter.search = u"0190a1b2-77"_s;
    else {
        filter.createdFrom = QDateTime::currentDateTimeUtc().addDays(-1);
        filter.createdBefore = QDateTime::currentDateTimeUtc();
        if (what.endsWith(u"status"_s))
            filter.statuses = {u"failed"_s, u"bounced"_s};
        filter.oldestFirst = what.endsWith(u"oldest"_s);
    }
    DeliveryStore store(db);
    const QStringList plans = store.queryPlans(filter);
    QCOMPARE(plans.size(), 2);
    for (const QString &plan : plans) {
        QVERIFY2(!plan.contains(u"SCAN deliveries"_s), qPrintable(plan));
        for (const char *broad : {"deliveries_environment", "deliveries_event", "deliveries_channel", "deliveries_status"})
            QVERIFY2(!plan.contains(QLatin1String(broad)), qPrintable(plan));
        for (const QString &index : std::as_const(indexes))
            QVERIFY2(plan.contains(index), qPrintable(plan));
        // In created_at order from the index; only rows of the same millisecond are put
        // in id order ("RIGHT PART OF ORDER BY"), never the whole range.
        if (what.startsWith(u"time"_s))
            QVERIFY2(!plan.contains(u"USE TEMP B-TREE FOR ORDER BY"_s), qPrintable(plan));
        // A recipient's or message id's deliveries come out of their index's
        // generations in the list's order (migration 13), however many there are.
        if (what == u"recipient"_s || what == u"message_id"_s)
            QVERIFY2(!plan.contains(u"USE TEMP B-TREE"_s), qPrintable(plan));
    }
}

QTEST_GUILESS_MAIN(tst_DeliverySearch)
#include "tst_deliverysearch.moc"

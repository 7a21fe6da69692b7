// Erasure and reset are explicit (issue 19): after DELETE /v1/contacts/{id} no row of
// any table mentions the person, whatever the schema holds; after POST /_local/reset
// every table holds only what the baseline puts there. Both scan the whole schema as
// sqlite_master lists it, so a table added later is checked without touching this test.
#include "sendfixture.h"

#include <storage/database.h>
#include <storage/statementcache.h>

#include <QtCore/QSet>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

QStringList allTables(const Database &db)
{
    QStringList tables;
    auto q = execSql(db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                         u" ORDER BY name"_s);
    while (q && q->next())
        tables.append(q->value(0).toString());
    return tables;
}

// A value as text a person's identifier could be found in: text as is, blobs as is and,
// when they are compressed content (qCompress's format), uncompressed too.
QString searchable(const QVariant &value)
{
    if (value.typeId() != QMetaType::QByteArray)
        return value.toString();
    const QByteArray bytes = value.toByteArray();
    QString text = QString::fromUtf8(bytes);
    // qCompress's format: a 4-byte length, then a zlib stream (0x78 first).
    if (bytes.size() > 6 && bytes.front() != '{' && quint8(bytes.at(4)) == 0x78) {
        const QByteArray plain = qUncompress(bytes);
        if (!plain.isEmpty())
            text += u' ' + QString::fromUtf8(plain);
    }
    return text;
}

// "table.column" of every value that contains one of `needles` (case-insensitive).
QStringList mentions(const Database &db, const QStringList &needles)
{
    QStringList found;
    for (const QString &table : allTables(db)) {
        auto q = execSql(db, u"SELECT * FROM \"%1\""_s.arg(table));
        if (!q) {
            found.append(table + u": unreadable"_s);
            continue;
        }
        while (q->next()) {
            const QSqlRecord record = q->record();
            for (int i = 0; i < record.count(); ++i) {
                const QString text = searchable(q->value(i));
                for (const QString &needle : needles) {
                    if (text.contains(needle, Qt::CaseInsensitive))
                        found.append(u"%1.%2 (%3)"_s.arg(table, record.fieldName(i), needle));
                }
            }
        }
    }
    found.removeDuplicates();
    return found;
}

qint64 rows(const Database &db, const QString &table)
{
    auto q = execSql(db, u"SELECT count(*) FROM \"%1\""_s.arg(table));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

class tst_Erasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void erasureLeavesNoRowNamingTheContact();
    void resetLeavesOnlyTheBaseline();

private:
    HttpReply post(const QString &path, const Json &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return sendTo(m_client, *m_server, path, body, headers);
    }
    // Traffic of every kind about `contact`: sends on every channel (one with a stored
    // idempotent answer), webhook messages about them, reads that the journal keeps.
    void trafficFor(const Json &contact, const QString &key);

    HttpClient m_client{kSandboxKey};
    std::unique_ptr<TestServer> m_server;
};

void tst_Erasure::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    const HttpReply r = m_client.put(m_server->url(u"/_local/workspace"_s), sendFixture());
    QVERIFY2(r.status == 200, r.body.constData());
    // Every attempt fails (nothing listens there) and is retried: messages and attempts stay.
    const HttpReply hook = post(u"/v1/webhooks"_s, Json{{"url", "http://127.0.0.1:9/hooks"},
                                                        {"enabled_events", {"delivery.sent", "delivery.delivered"}}});
    QCOMPARE(hook.status, 201);
}

void tst_Erasure::cleanup()
{
    m_server.reset();
}

void tst_Erasure::trafficFor(const Json &contact, const QString &key)
{
    const HttpReply created = post(u"/v1/contacts"_s, contact);
    QVERIFY2(created.status == 201 || created.status == 200, created.body.constData());
    const QString uuid = QString::fromStdString(created.json()["data"]["contact"]["uuid"].get<std::string>());
    const QString email = QString::fromStdString(contact["email"].get<std::string>());
    QCOMPARE(post(u"/v1/contacts/%1/push-tokens"_s.arg(email), {{"token", "device-" + key.toStdString()}}).status, 201);
    const HttpReply sent = post(u"/v1/send/all.channels"_s, {{"to", contact}, {"payload", {{"note", "hello"}}}},
                                {{"X-Idempotency-Key", key.toLatin1()}});
    QVERIFY2(sent.status == 200, sent.body.constData());
    QCOMPARE(post(u"/v1/send/all.channels/email"_s, {{"to", email.toStdString()}, {"payload", Json::object()}}).status,
             200);
    QCOMPARE(m_client.get(m_server->url(u"/v1/contacts/"_s + uuid)).status, 200);
    QCOMPARE(m_client.get(m_server->url(u"/v1/deliveries?contact="_s + email)).status, 200);
}

void tst_Erasure::erasureLeavesNoRowNamingTheContact()
{
    const Json ada{{"email", "ada.lovelace@example.com"}, {"phone", "+46701111111"}, {"name", "Ada"},
                   {"external_id", "ada-ext-1815"}, {"slack", "U0ADA"}};
    const Json bob{{"email", "bob.babbage@example.com"}, {"phone", "+46702222222"}, {"name", "Bob"},
                   {"external_id", "bob-ext-1791"}, {"slack", "U0BOB"}};
    trafficFor(ada, u"key-ada"_s);
    trafficFor(bob, u"key-bob"_s);
    Database db(m_server->databasePath());
    QVERIFY(db.open());
    // Everything is written, webhook messages about both are queued with their attempts.
    QTRY_VERIFY(rows(db, u"webhook_attempts"_s) > 0);
    QTRY_VERIFY(!mentions(db, {u"ada-ext-1815"_s}).filter(u"journal."_s).isEmpty());

    // Their identifiers, and the uuids of the deliveries sent to them (what webhook
    // messages name).
    const auto idsOf = [&db](const QString &email, const QString &phone, const QString &external,
                             const QString &token) {
        QStringList ids{email, phone, external, token};
        auto q = execSql(db, u"SELECT d.uuid FROM deliveries d JOIN contacts c ON c.uuid = d.contact_uuid"
                             u" WHERE c.email = ?"_s, {email});
        while (q && q->next())
            ids.append(q->value(0).toString());
        return ids;
    };
    const QStringList adaIds = idsOf(u"ada.lovelace@example.com"_s, u"+46701111111"_s, u"ada-ext-1815"_s,
                                     u"device-key-ada"_s);
    const QStringList bobIds = idsOf(u"bob.babbage@example.com"_s, u"+46702222222"_s, u"bob-ext-1791"_s,
                                     u"device-key-bob"_s);
    QVERIFY(adaIds.size() > 4 && bobIds.size() > 4);
    // The scan sees them in each kind of table before (else "nothing found" proves nothing).
    const QStringList before = mentions(db, adaIds);
    for (const char *table : {"contacts.", "push_tokens.", "deliveries.", "journal.", "idempotency_keys.",
                              "webhook_messages."})
        QVERIFY2(!before.filter(QLatin1StringView(table)).isEmpty(), table);
    auto uuidOf = execSql(db, u"SELECT uuid FROM contacts WHERE email = 'ada.lovelace@example.com'"_s);
    QVERIFY(uuidOf && uuidOf->next());
    const QString adaUuid = uuidOf->value(0).toString();
    uuidOf->finish(); // else this connection keeps reading the database as it was

    const HttpReply erased = m_client.del(m_server->url(u"/v1/contacts/ada.lovelace@example.com"_s));
    QCOMPARE(erased.status, 200);
    // The erasure's own exchange is journalled too, without the identifier.
    QTRY_VERIFY(!mentions(db, {u"/v1/contacts/[erased]"_s}).isEmpty());

    const QStringList left = mentions(db, QStringList(adaIds) << adaUuid);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    // The other contact's traffic is untouched, in every kind of table.
    const QStringList kept = mentions(db, bobIds);
    for (const char *table : {"contacts.", "push_tokens.", "deliveries.", "journal.", "idempotency_keys.",
                              "webhook_messages."})
        QVERIFY2(!kept.filter(QLatin1StringView(table)).isEmpty(), table);
    QCOMPARE(m_client.get(m_server->url(u"/v1/contacts/bob.babbage@example.com"_s)).status, 200);
}

void tst_Erasure::resetLeavesOnlyTheBaseline()
{
    Database db(m_server->databasePath());
    QVERIFY(db.open());
    // What the baseline is: the workspace as imported, before any traffic.
    QMap<QString, qint64> baseline;
    for (const QString &table : allTables(db))
        baseline.insert(table, rows(db, table));
    trafficFor({{"email", "ada.lovelace@example.com"}, {"name", "Ada"}}, u"key-ada"_s);
    QTRY_VERIFY(rows(db, u"webhook_attempts"_s) > 0);

    const HttpReply reset = post(u"/_local/reset"_s, Json::object());
    QCOMPARE(reset.status, 200);
    // Tables that only traffic fills are empty again (the reset's own exchange is the
    // journal's one row); the workspace's and the keys' are as they were.
    const QSet<QString> traffic{u"contacts"_s,         u"push_tokens"_s,      u"deliveries"_s,
                                u"delivery_events"_s,  u"idempotency_keys"_s, u"webhook_messages"_s,
                                u"webhook_attempts"_s, u"journal"_s};
    for (const QString &table : allTables(db)) {
        if (table.startsWith(u"contacts_search"_s) || table == u"journal"_s || table.endsWith(u"_total"_s)
            || table.endsWith(u"_totals"_s) || table.endsWith(u"_revision"_s))
            continue; // the search index's shadow tables; the reset's own exchange; counters (below)
        const qint64 now = rows(db, table);
        if (traffic.contains(table))
            QVERIFY2(now == 0, qPrintable(u"%1 holds %2 rows"_s.arg(table).arg(now)));
        else if (table != u"settings"_s)
            QVERIFY2(now == baseline.value(table),
                     qPrintable(u"%1: %2 rows, baseline %3"_s.arg(table).arg(now).arg(baseline.value(table))));
    }
    QTRY_VERIFY(rows(db, u"journal"_s) <= 1);
    QVERIFY(mentions(db, {u"ada.lovelace@example.com"_s}).isEmpty());
    // Totals kept beside the tables agree with them.
    auto totals = execSql(db, u"SELECT (SELECT n FROM contacts_total), (SELECT coalesce(sum(n), 0) FROM deliveries_totals)"_s);
    QVERIFY(totals && totals->next());
    QCOMPARE(totals->value(0).toLongLong(), 0);
    QCOMPARE(totals->value(1).toLongLong(), 0);
}

QTEST_GUILESS_MAIN(tst_Erasure)
#include "tst_erasure.moc"

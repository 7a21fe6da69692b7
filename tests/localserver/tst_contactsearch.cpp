// GET /v1/contacts over real HTTP: paging (every contact exactly once), exact totals,
// and search over email, name and phone — through the trigram index (3+ characters)
// and the scan for shorter strings — with wildcards, quotes and SQL as plain data.
#include <httpclient.h>
#include <testserver.h>

#include <jsoncompare.h>

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_ContactSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsDemoContacts();
    void pagesSeeEveryContactExactlyOnce();
    void pagingIsStableWhileContactsAreAdded();
    void rejectsBadPaging();
    void searchesEmailNameAndPhone();
    void searchMatchesWhatAScanWouldFind();
    void searchResultsArePaged();
    void wildcardsQuotesAndSqlAreData();
    void searchFoldsCaseBeyondAscii();
    void phoneLikeSearchIgnoresSeparators();
    void searchFollowsUpdatesAndDeletes();
    void rejectsOverlongSearch();

private:
    HttpReply get(const QString &path) { return m_client.get(m_server->url(path)); }
    HttpReply search(const QString &text, const QString &extra = {})
    {
        return get(u"/v1/contacts?search="_s + QString::fromLatin1(QUrl::toPercentEncoding(text)) + extra);
    }
    QString create(const Json &body);
    QList<Json> everyContact();

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

namespace {

QStringList uuidsOf(const Json &page)
{
    QStringList uuids;
    for (const Json &c : page["data"]["contacts"])
        uuids << str(c["uuid"]);
    return uuids;
}

// What a search must find, worked out independently of the server: email, name or
// phone contains the text, ASCII letters compared without case.
bool matches(const Json &contact, const QString &text)
{
    for (const char *field : {"email", "name", "phone"}) {
        if (str(contact[field]).contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

void tst_ContactSearch::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void tst_ContactSearch::cleanup()
{
    m_server.reset();
}

QString tst_ContactSearch::create(const Json &body)
{
    const HttpReply r = m_client.post(m_server->url(u"/v1/contacts"_s), body);
    if (r.status != 201)
        qWarning() << "create failed:" << r.status << r.body;
    return str(r.json()["data"]["contact"]["uuid"]);
}

QList<Json> tst_ContactSearch::everyContact()
{
    QList<Json> all;
    for (int offset = 0;; offset += 100) {
        const Json page = get(u"/v1/contacts?limit=100&offset=%1"_s.arg(offset)).json();
        for (const Json &c : page["data"]["contacts"])
            all.append(c);
        if (page["data"]["contacts"].size() < 100)
            return all;
    }
}

void tst_ContactSearch::listsDemoContacts()
{
    const HttpReply r = get(u"/v1/contacts"_s);
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["success"], true);
    QCOMPARE(j["data"]["total"], 5);
    QCOMPARE(j["data"]["limit"], 50);
    QCOMPARE(j["data"]["offset"], 0);
    const Json &contacts = j["data"]["contacts"];
    QCOMPARE(contacts.size(), size_t(5));
    // Creation order, the demo's order.
    QCOMPARE(contacts[0]["email"], "jane@example.com");
    QCOMPARE(contacts[1]["email"], "john@example.com");
    QCOMPARE(contacts[4]["phone"], "+15005550006");
    for (const char *key : {"uuid", "email", "phone", "name", "externalId", "avatar", "username", "slack", "telegram",
                            "discord", "meta", "push_tokens", "created_at", "updated_at"})
        QVERIFY2(contacts[0].contains(key), key);
    QCOMPARE(contacts[0]["meta"], Json({{"language", "sv"}, {"tier", "premium"}}));
}

void tst_ContactSearch::pagesSeeEveryContactExactlyOnce()
{
    for (int i = 0; i < 250; ++i)
        QVERIFY(!create({{"email", "bulk" + std::to_string(i) + "@example.com"}, {"name", "Bulk " + std::to_string(i)}})
                     .isEmpty());
    for (const int limit : {1, 37, 50, 100}) {
        QStringList seen;
        int pages = 0;
        for (int offset = 0; offset < 300; offset += limit, ++pages) {
            const Json page = get(u"/v1/contacts?limit=%1&offset=%2"_s.arg(limit).arg(offset)).json();
            QCOMPARE(page["data"]["total"], 255);
            QCOMPARE(page["data"]["limit"], limit);
            QCOMPARE(page["data"]["offset"], offset);
            const QStringList uuids = uuidsOf(page);
            QCOMPARE(uuids.size(), qMax(0, qMin(limit, 255 - offset)));
            seen << uuids;
            if (uuids.isEmpty())
                break;
            if (limit == 1 && pages == 5)
                offset = 250 - limit; // limit=1 needs not walk all 255 pages: jump to the tail
        }
        if (limit == 1)
            continue;
        QCOMPARE(seen.size(), 255);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 255);
    }
    QCOMPARE(get(u"/v1/contacts?limit=100&offset=255"_s).json()["data"]["contacts"], Json::array());
    QCOMPARE(get(u"/v1/contacts?offset=100000"_s).json()["data"]["total"], 255);
}

void tst_ContactSearch::pagingIsStableWhileContactsAreAdded()
{
    for (int i = 0; i < 20; ++i)
        create({{"externalId", "early-" + std::to_string(i)}});
    const QStringList before = uuidsOf(get(u"/v1/contacts?limit=100"_s).json());
    QStringList seen;
    for (int offset = 0; offset < 25; offset += 10) {
        seen << uuidsOf(get(u"/v1/contacts?limit=10&offset=%1"_s.arg(offset)).json());
        create({{"externalId", "late-" + std::to_string(offset)}}); // appended, never shifts a page
    }
    // Every earlier contact once, in order, then the two added before the last page.
    QCOMPARE(seen.size(), before.size() + 2);
    QCOMPARE(seen.mid(0, before.size()), before);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
}

void tst_ContactSearch::rejectsBadPaging()
{
    for (const QString &query : {u"limit=0"_s, u"limit=abc"_s, u"limit=1.5"_s, u"limit="_s,
                                 u"offset=-1"_s, u"offset=x"_s, u"limit=-5&offset=2"_s}) {
        const HttpReply r = get(u"/v1/contacts?"_s + query);
        QVERIFY2(r.status == 400, qPrintable(query));
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
        QVERIFY(r.json()["details"].is_array() && !r.json()["details"].empty());
    }
    QCOMPARE(get(u"/v1/contacts?limit=100"_s).status, 200);
    QCOMPARE(get(u"/v1/contacts?limit=1&offset=4"_s).json()["data"]["contacts"].size(), size_t(1));
}

void tst_ContactSearch::searchesEmailNameAndPhone()
{
    const auto totalFor = [this](const QString &text) { return search(text).json()["data"]["total"].get<int>(); };
    QCOMPARE(totalFor(u"cooper"_s), 1);          // name
    QCOMPARE(totalFor(u"EXAMPLE.COM"_s), 2);     // email, any case
    QCOMPARE(totalFor(u"simulator"_s), 2);
    QCOMPARE(totalFor(u"+4670123"_s), 1);        // phone
    QCOMPARE(totalFor(u"5550006"_s), 1);
    QCOMPARE(totalFor(u"user-1002"_s), 0);       // external ids are not searched
    QCOMPARE(totalFor(u"U024BE7LH"_s), 0);       // nor Slack ids
    QCOMPARE(totalFor(u"nothing like it"_s), 0);
    const Json page = search(u"smith"_s).json();
    QCOMPARE(page["data"]["contacts"][0]["email"], "john@example.com");
    QCOMPARE(page["data"]["limit"], 50);
    // An empty or blank search lists everything.
    QCOMPARE(totalFor(QString()), 5);
    QCOMPARE(totalFor(u"   "_s), 5);
}

void tst_ContactSearch::searchMatchesWhatAScanWouldFind()
{
    const char *first[] = {"Anna", "Erik", "Maria", "Lars", "Karin", "Jo", "Ebba", "Nils"};
    const char *last[] = {"Lindqvist", "Andersson", "Ek", "Öberg", "Li", "Abbasi"};
    int n = 0;
    for (const char *f : first) {
        for (const char *l : last) {
            const std::string name = std::string(f) + ' ' + l;
            const QString email = u"%1.%2@mail%3.test"_s.arg(QLatin1StringView(f)).arg(n).arg(n % 3).toLower();
            create({{"email", email.toStdString()},
                    {"name", name},
                    {"phone", "+4673" + std::to_string(1000000 + n * 7919)}});
            ++n;
        }
    }
    const QList<Json> all = everyContact();
    QCOMPARE(all.size(), 5 + n);
    for (const QString &text : {u"a"_s, u"e"_s, u"q"_s, u"z"_s, u"5"_s, u"@"_s, u"."_s, u"an"_s, u"AN"_s, u"li"_s,
                                u"ek"_s, u"73"_s, u"ann"_s, u"Lind"_s, u"abba"_s, u"ebba"_s, u"ers"_s, u"mail1"_s,
                                u"@mail2.test"_s, u"a l"_s, u"731"_s, u"1000"_s, u"0007"_s, u"e.c"_s, u"example"_s}) {
        QStringList expected;
        for (const Json &c : all) {
            if (matches(c, text))
                expected << str(c["uuid"]);
        }
        QStringList found;
        qint64 total = -1;
        for (int offset = 0;; offset += 100) {
            const Json page = search(text, u"&limit=100&offset=%1"_s.arg(offset)).json();
            total = page["data"]["total"].get<qint64>();
            const QStringList uuids = uuidsOf(page);
            found << uuids;
            if (uuids.size() < 100)
                break;
        }
        QVERIFY2(found == expected,
                 qPrintable(u"search '%1': %2 found, %3 expected"_s.arg(text).arg(found.size()).arg(expected.size())));
        QCOMPARE(total, qint64(expected.size()));
    }
}

void tst_ContactSearch::searchResultsArePaged()
{
    for (int i = 0; i < 120; ++i)
        create({{"email", "s" + std::to_string(i) + "@paging.test"}, {"name", "Searchable " + std::to_string(i)}});
    create({{"email", "other@paging.test"}, {"name", "Other"}});
    QStringList seen;
    for (int offset = 0; offset < 150; offset += 50) {
        const Json page = search(u"searchable"_s, u"&limit=50&offset=%1"_s.arg(offset)).json();
        QCOMPARE(page["data"]["total"], 120);
        QCOMPARE(page["data"]["offset"], offset);
        seen << uuidsOf(page);
    }
    QCOMPARE(seen.size(), 120);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 120);
    QCOMPARE(search(u"searchable"_s, u"&offset=500"_s).json()["data"]["contacts"], Json::array());
    QCOMPARE(search(u"searchable"_s, u"&limit=0"_s).status, 400);
}

void tst_ContactSearch::wildcardsQuotesAndSqlAreData()
{
    const QString pure = create({{"email", "pure@example.org"}, {"name", "100% Pure"}});
    const QString snake = create({{"email", "snake@example.org"}, {"name", "snake_case"}});
    const QString quoted = create({{"email", "obrien@example.org"}, {"name", "O'Brien \"Bob\""}});
    const QString slash = create({{"email", "slash@example.org"}, {"name", "back\\slash"}});
    const QString syntax = create({{"email", "syntax@example.org"}, {"name", "NEAR(a b) OR c*"}});
    const auto found = [this](const QString &text) { return uuidsOf(search(text).json()); };

    QCOMPARE(found(u"%"_s), QStringList{pure});       // scan: LIKE wildcards escaped
    QCOMPARE(found(u"0%"_s), QStringList{pure});
    QCOMPARE(found(u"00% P"_s), QStringList{pure});   // index
    QCOMPARE(found(u"%%"_s), QStringList());
    QCOMPARE(found(u"%%%"_s), QStringList());
    QCOMPARE(found(u"_"_s), QStringList{snake});
    QCOMPARE(found(u"_c"_s), QStringList{snake});
    QCOMPARE(found(u"e_c"_s), QStringList{snake});
    QCOMPARE(found(u"s_e"_s), QStringList());         // _ is not "any character"
    QCOMPARE(found(u"'"_s), QStringList{quoted});
    QCOMPARE(found(u"\""_s), QStringList{quoted});
    QCOMPARE(found(u"\"Bob\""_s), QStringList{quoted});
    QCOMPARE(found(u"O'Brien \""_s), QStringList{quoted});
    QCOMPARE(found(u"\\"_s), QStringList{slash});
    QCOMPARE(found(u"k\\s"_s), QStringList{slash});
    QCOMPARE(found(u"NEAR(a"_s), QStringList{syntax}); // FTS5 syntax is text too
    QCOMPARE(found(u"OR c*"_s), QStringList{syntax});
    QCOMPARE(found(u"c*"_s), QStringList{syntax});
    QCOMPARE(found(u"a OR b"_s), QStringList());
    QCOMPARE(found(u"*"_s), QStringList{syntax});
    for (const QString &sql : {u"'; DROP TABLE contacts; --"_s, u"\" OR 1=1 --"_s, u"') OR ('1'='1"_s}) {
        const HttpReply r = search(sql);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["data"]["total"], 0);
    }
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], 10);
}

void tst_ContactSearch::searchFoldsCaseBeyondAscii()
{
    const QString asa = create({{"email", "asa@example.se"}, {"name", "Åsa Öberg"}});
    QCOMPARE(uuidsOf(search(u"Öberg"_s).json()), QStringList{asa});
    QCOMPARE(uuidsOf(search(u"öBERG"_s).json()), QStringList{asa});
    QCOMPARE(uuidsOf(search(u"åsa ö"_s).json()), QStringList{asa});
    QCOMPARE(uuidsOf(search(u"Å"_s).json()), QStringList{asa}); // short: exact case beyond ASCII
}

void tst_ContactSearch::phoneLikeSearchIgnoresSeparators()
{
    for (const QString &text : {u"+46 70 123"_s, u"+46-70-123-45-67"_s, u"(70) 1234"_s, u"70 12"_s}) {
        const Json page = search(text).json();
        QVERIFY2(page["data"]["total"] == 1, qPrintable(text));
        QCOMPARE(page["data"]["contacts"][0]["email"], "jane@example.com");
    }
}

void tst_ContactSearch::searchFollowsUpdatesAndDeletes()
{
    QCOMPARE(search(u"cooper"_s).json()["data"]["total"], 1);
    QCOMPARE(m_client.patch(m_server->url(u"/v1/contacts/jane@example.com"_s), {{"name", "Jane Doe"}}).status, 200);
    QCOMPARE(search(u"cooper"_s).json()["data"]["total"], 0);
    QCOMPARE(search(u"jane doe"_s).json()["data"]["total"], 1);
    QCOMPARE(m_client.patch(m_server->url(u"/v1/contacts/jane@example.com"_s), {{"email", "jd@example.net"}}).status,
             200);
    QCOMPARE(search(u"example.net"_s).json()["data"]["total"], 1);
    QCOMPARE(search(u"jane@"_s).json()["data"]["total"], 0);
    // Changing something the index does not hold leaves it alone.
    const Json avatar = {{"avatar", "https://a.test/x.png"}};
    QCOMPARE(m_client.patch(m_server->url(u"/v1/contacts/jd@example.net"_s), avatar).status, 200);
    QCOMPARE(search(u"jane doe"_s).json()["data"]["total"], 1);
    QCOMPARE(m_client.del(m_server->url(u"/v1/contacts/jd@example.net"_s)).status, 200);
    QCOMPARE(search(u"jane doe"_s).json()["data"]["total"], 0);
    QCOMPARE(search(u"j"_s).json()["data"]["total"], 1); // john
    // A reset returns the index to the baseline with the table: the demo's Jane Cooper
    // is back under her old name and email, the changes made here are gone.
    const Json baseline = get(u"/_local/workspace"_s).json()["contacts"];
    QCOMPARE(m_client.post(m_server->url(u"/_local/reset"_s), Json::object()).status, 200);
    QCOMPARE(search(u"cooper"_s).json()["data"]["total"], 1);
    QCOMPARE(search(u"jane doe"_s).json()["data"]["total"], 0);
    QCOMPARE(search(u"example.net"_s).json()["data"]["total"], 0);
    QCOMPARE(search(u"j"_s).json()["data"]["total"], 2); // jane and john
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], baseline.size());
    // An empty baseline empties the index.
    Json fixture = get(u"/_local/workspace"_s).json();
    fixture["contacts"] = Json::array();
    QCOMPARE(m_client.put(m_server->url(u"/_local/workspace"_s), fixture).status, 200);
    QCOMPARE(search(u"john"_s).json()["data"]["total"], 0);
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], 0);
    create({{"email", "john@example.com"}});
    QCOMPARE(search(u"john"_s).json()["data"]["total"], 1);
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], 1);
}

void tst_ContactSearch::rejectsOverlongSearch()
{
    const HttpReply r = search(QString(201, u'a'));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    QCOMPARE(r.json()["details"][0]["field"], "search");
    QCOMPARE(search(QString(200, u'a')).status, 200);
}

QTEST_GUILESS_MAIN(tst_ContactSearch)
#include "tst_contactsearch.moc"

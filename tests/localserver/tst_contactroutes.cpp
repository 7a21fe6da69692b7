// The contacts API over real HTTP against a real database: create/upsert, find by
// every identifier, PATCH, GDPR delete, push tokens, quota and every error code.
// Listing, paging and search are in tst_contactsearch.cpp.
#include <httpclient.h>
#include <testserver.h>

#include <base/validation.h>
#include <emulation/clock.h>
#include <storage/database.h>

#include <jsoncompare.h>

#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_ContactRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createsContact();
    void upsertMergesMetaAndAnswers200();
    void upsertMatchesAnyIdentifier();
    void acceptsSdkAliases();
    void upsertNamingTwoContactsIsConflict();
    void rejectsMissingIdentifier();
    void rejectsInvalidEmailAndPhone();
    void rejectsWrongTypesWithDetails();
    void findsByEveryIdentifier();
    void identifiersArePercentDecoded();
    void unknownContactIs404();
    void patchChangesOnlyGivenFields();
    void patchTakingAnotherContactsEmailIsConflict();
    void patchCannotRemoveLastIdentifier();
    void emptyPatchChangesNothing();
    void patchValidates();
    void registersAndRemovesPushTokens();
    void pushTokenMovesBetweenContacts();
    void rejectsBadPushTokens();
    void deleteErasesContactAndTokens();
    void deleteErasesDeliveries();
    void quotaRefusesNewContactsOnly();
    void quotaIsOffWithLimitsOff();
    void otherMethodsAre405();

private:
    QUrl url(const QString &path) const { return m_server->url(path); }
    HttpReply get(const QString &path) { return m_client.get(url(path)); }
    HttpReply post(const QString &path, const Json &body) { return m_client.post(url(path), body); }
    HttpReply patch(const QString &path, const Json &body) { return m_client.patch(url(path), body); }
    HttpReply del(const QString &path, const Json &body = {})
    {
        return m_client.del(url(path), body.is_null() ? QByteArray() : dumpJson(body));
    }
    void setContactLimit(int limit);

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

namespace {

Json contactOf(const HttpReply &r)
{
    return r.json()["data"]["contact"];
}

bool hasDetail(const Json &error, const char *field)
{
    for (const Json &d : error.value("details", Json::array())) {
        if (d.value("field", "") == field)
            return true;
    }
    return false;
}

// The status line and JSON body of a raw HTTP answer.
std::pair<int, Json> parseRaw(const QByteArray &raw)
{
    const int status = raw.mid(9, 3).toInt();
    const qsizetype bodyAt = raw.indexOf("\r\n\r\n");
    return {status, parseJson(raw.mid(bodyAt + 4)).value_or(Json())};
}

} // namespace

void tst_ContactRoutes::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    m_client.setApiKey(kSandboxKey);
}

void tst_ContactRoutes::cleanup()
{
    m_server.reset();
}

void tst_ContactRoutes::setContactLimit(int limit)
{
    Json fixture = get(u"/_local/workspace"_s).json();
    QVERIFY2(fixture.contains("plan"), fixture.dump().c_str());
    fixture["plan"]["contact_limit"] = limit;
    const HttpReply r = m_client.put(url(u"/_local/workspace"_s), fixture);
    QVERIFY2(r.status == 200, r.body.constData());
}

void tst_ContactRoutes::createsContact()
{
    const HttpReply r = post(u"/v1/contacts"_s, {{"email", "Ada@Example.COM"},
                                                  {"phone", "+44 7700 900123"},
                                                  {"name", "Ada Lovelace"},
                                                  {"avatar", "https://example.com/ada.png"},
                                                  {"username", "ada"},
                                                  {"telegram", 12345},
                                                  {"favorite_color", "blue"},
                                                  {"meta", {{"plan_tier", "gold"}}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json()["success"], true);
    const Json c = contactOf(r);
    QVERIFY(isUuid(str(c["uuid"])));
    QCOMPARE(r.header("Location"), "/v1/contacts/" + str(c["uuid"]).toLatin1());
    QCOMPARE(c["email"], "ada@example.com");
    QCOMPARE(c["phone"], "+447700900123");
    QCOMPARE(c["name"], "Ada Lovelace");
    QCOMPARE(c["avatar"], "https://example.com/ada.png");
    QCOMPARE(c["username"], "ada");
    QCOMPARE(c["telegram"], "12345");
    QCOMPARE(c["externalId"], nullptr);
    QCOMPARE(c["slack"], nullptr);
    QCOMPARE(c["discord"], nullptr);
    QCOMPARE(c["meta"], Json({{"favoriteColor", "blue"}, {"planTier", "gold"}}));
    QCOMPARE(c["push_tokens"], Json::array());
    QVERIFY(str(c["created_at"]).endsWith(u'Z'));
    QCOMPARE(c["updated_at"], c["created_at"]);

    // Reads give the same shape.
    QCOMPARE(contactOf(get(u"/v1/contacts/"_s + str(c["uuid"]))), c);
}

void tst_ContactRoutes::upsertMergesMetaAndAnswers200()
{
    const Json first =
        contactOf(post(u"/v1/contacts"_s, {{"email", "meta@example.com"}, {"tier", "gold"}, {"city", "Oslo"}}));
    const HttpReply r = post(u"/v1/contacts"_s, {{"email", "META@example.com"},
                                                  {"name", "Meta Person"},
                                                  {"city", "Bergen"},
                                                  {"visits_count", 3},
                                                  {"nested", {{"a_b", 1}}}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.header("Location").size());
    const Json c = contactOf(r);
    QCOMPARE(c["uuid"], first["uuid"]);
    QCOMPARE(c["name"], "Meta Person");
    // Key by key: tier kept, city replaced, new keys camelCased (not their contents).
    QCOMPARE(c["meta"], Json({{"tier", "gold"}, {"city", "Bergen"}, {"visitsCount", 3}, {"nested", {{"a_b", 1}}}}));

    // A null removes a key; "meta": null starts over.
    QCOMPARE(contactOf(post(u"/v1/contacts"_s, {{"email", "meta@example.com"}, {"city", nullptr}}))["meta"],
             Json({{"tier", "gold"}, {"visitsCount", 3}, {"nested", {{"a_b", 1}}}}));
    QCOMPARE(contactOf(post(u"/v1/contacts"_s, {{"email", "meta@example.com"}, {"meta", nullptr}, {"x", 1}}))["meta"],
             Json({{"x", 1}}));
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], 6);
}

void tst_ContactRoutes::upsertMatchesAnyIdentifier()
{
    const Json john = contactOf(get(u"/v1/contacts/john@example.com"_s));
    for (const Json &body : {Json{{"externalId", "user-1002"}, {"name", "Johnny"}},
                             Json{{"slack", "U024BE7LH"}, {"name", "Johnny"}}}) {
        const HttpReply r = post(u"/v1/contacts"_s, body);
        QCOMPARE(r.status, 200);
        QCOMPARE(contactOf(r)["uuid"], john["uuid"]);
        QCOMPARE(contactOf(r)["name"], "Johnny");
        QCOMPARE(contactOf(r)["email"], "john@example.com");
    }
    // A new identifier on a matched contact is added to it.
    const HttpReply r = post(u"/v1/contacts"_s, {{"email", "john@example.com"}, {"discord", "80351110224678912"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(contactOf(r)["discord"], "80351110224678912");
    QCOMPARE(contactOf(r)["externalId"], "user-1002");
}

void tst_ContactRoutes::acceptsSdkAliases()
{
    const HttpReply r =
        post(u"/v1/contacts"_s, {{"id", "ext-77"}, {"slack_id", "U777"}, {"email", "alias@example.com"}});
    QCOMPARE(r.status, 201);
    const Json c = contactOf(r);
    QCOMPARE(c["externalId"], "ext-77");
    QCOMPARE(c["slack"], "U777");
    QCOMPARE(c["meta"], Json::object()); // aliases are fields, not meta
    QCOMPARE(contactOf(get(u"/v1/contacts/ext-77"_s))["uuid"], c["uuid"]);
    QCOMPARE(contactOf(get(u"/v1/contacts/U777"_s))["uuid"], c["uuid"]);

    // Numeric ids, as SDKs send them; external_id is accepted as well.
    QCOMPARE(contactOf(post(u"/v1/contacts"_s, {{"id", 42}}))["externalId"], "42");
    QCOMPARE(contactOf(post(u"/v1/contacts"_s, {{"external_id", "snake-1"}}))["externalId"], "snake-1");

    // Two spellings of one field that disagree are a mistake, not a silent pick.
    const HttpReply both = post(u"/v1/contacts"_s, {{"id", "a"}, {"externalId", "b"}});
    QCOMPARE(both.status, 400);
    QCOMPARE(both.json()["code"], "VALIDATION_ERROR");
}

void tst_ContactRoutes::upsertNamingTwoContactsIsConflict()
{
    const Json before = get(u"/v1/contacts"_s).json();
    const HttpReply r =
        post(u"/v1/contacts"_s, {{"email", "jane@example.com"}, {"externalId", "user-1002"}, {"name", "X"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()["success"], false);
    QCOMPARE(r.json()["code"], "CONFLICT");
    QVERIFY(hasDetail(r.json(), "externalId"));
    QCOMPARE(get(u"/v1/contacts"_s).json(), before);
}

void tst_ContactRoutes::rejectsMissingIdentifier()
{
    for (const Json &body : {Json::object(), Json{{"name", "Nobody"}}, Json{{"email", ""}, {"name", "x"}},
                             Json{{"email", nullptr}}, Json{{"uuid", "550e8400-e29b-41d4-a716-446655440000"}}}) {
        const HttpReply r = post(u"/v1/contacts"_s, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
        QVERIFY(r.json()["details"].is_array());
    }
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], 5);
}

void tst_ContactRoutes::rejectsInvalidEmailAndPhone()
{
    for (const char *email : {"not-an-email", "a@b", "two@@example.com", "sp ace@example.com", "a@example..com"}) {
        const HttpReply r = post(u"/v1/contacts"_s, {{"email", email}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "INVALID_EMAIL");
        QVERIFY(hasDetail(r.json(), "email"));
    }
    for (const char *phone : {"0701234567", "+0701234567", "+4670", "+46-70-123-45-67", "+4670123456789012", "phone"}) {
        const HttpReply r = post(u"/v1/contacts"_s, {{"phone", phone}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "INVALID_PHONE");
        QVERIFY(hasDetail(r.json(), "phone"));
    }
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], 5);
}

void tst_ContactRoutes::rejectsWrongTypesWithDetails()
{
    const HttpReply r = post(u"/v1/contacts"_s, {{"email", 5}, {"name", Json::array({"x"})}, {"slack", true},
                                                  {"meta", "not an object"}, {"phone", "+46701234599"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    for (const char *field : {"email", "name", "slack", "meta"})
        QVERIFY2(hasDetail(r.json(), field), field);
    QVERIFY(!hasDetail(r.json(), "phone"));

    // A body that is not an object, or not JSON at all.
    const HttpReply array = m_client.send("POST", url(u"/v1/contacts"_s), "[1,2]");
    QCOMPARE(array.status, 400);
    QCOMPARE(array.json()["code"], "VALIDATION_ERROR");
    const HttpReply broken = m_client.send("POST", url(u"/v1/contacts"_s), "{\"email\":");
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.json()["code"], "VALIDATION_ERROR");
}

void tst_ContactRoutes::findsByEveryIdentifier()
{
    const Json jane = contactOf(get(u"/v1/contacts/jane@example.com"_s));
    QCOMPARE(jane["name"], "Jane Cooper");
    const QString uuid = str(jane["uuid"]);
    for (const QString &identifier : {u"JANE@Example.com"_s, u"+46701234567"_s, uuid, uuid.toUpper()}) {
        const HttpReply r = get(u"/v1/contacts/"_s + identifier);
        QVERIFY2(r.status == 200, qPrintable(identifier));
        QCOMPARE(contactOf(r)["uuid"], jane["uuid"]);
    }
    const Json john = contactOf(get(u"/v1/contacts/user-1002"_s));
    QCOMPARE(john["email"], "john@example.com");
    QCOMPARE(contactOf(get(u"/v1/contacts/U024BE7LH"_s))["uuid"], john["uuid"]);

    // An external id that looks like an email or a UUID is still found.
    const Json odd = contactOf(post(u"/v1/contacts"_s, {{"externalId", "crm@legacy"}, {"phone", "+46709876543"}}));
    QCOMPARE(contactOf(get(u"/v1/contacts/crm@legacy"_s))["uuid"], odd["uuid"]);
}

void tst_ContactRoutes::identifiersArePercentDecoded()
{
    const Json jane = contactOf(get(u"/v1/contacts/jane@example.com"_s));
    // Raw bytes, so no client library normalises the encoding away.
    for (const QByteArray &path : {QByteArray("/v1/contacts/jane%40example.com"),
                                   QByteArray("/v1/contacts/%2B46701234567"),
                                   QByteArray("/v1/contacts/jane%40EXAMPLE%2Ecom")}) {
        const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                   + kSandboxKey.toLatin1() + "\r\nConnection: close\r\n\r\n";
        const auto [status, body] = parseRaw(rawExchange(m_server->port(), request, 10'000));
        QVERIFY2(status == 200, path.constData());
        QCOMPARE(body["data"]["contact"]["uuid"], jane["uuid"]);
    }
    // An identifier holding a slash stays one path segment.
    post(u"/v1/contacts"_s, {{"externalId", "org/42"}});
    const QByteArray request = "GET /v1/contacts/org%2F42 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                               + kSandboxKey.toLatin1() + "\r\nConnection: close\r\n\r\n";
    const auto [status, body] = parseRaw(rawExchange(m_server->port(), request, 10'000));
    QCOMPARE(status, 200);
    QCOMPARE(body["data"]["contact"]["externalId"], "org/42");
}

void tst_ContactRoutes::unknownContactIs404()
{
    const QString missing = u"/v1/contacts/nobody@example.com"_s;
    QList<HttpReply> replies{get(missing), patch(missing, {{"name", "x"}}), del(missing),
                             post(missing + u"/push-tokens"_s, {{"token", "t"}}),
                             del(missing + u"/push-tokens"_s, {{"token", "t"}}),
                             get(u"/v1/contacts/550e8400-e29b-41d4-a716-446655440000"_s),
                             get(u"/v1/contacts/%2B46700000099"_s), get(u"/v1/contacts/no-such-id"_s)};
    for (const HttpReply &r : replies) {
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json()["success"], false);
        QCOMPARE(r.json()["code"], "NOT_FOUND");
    }
}

void tst_ContactRoutes::patchChangesOnlyGivenFields()
{
    const Json before = contactOf(get(u"/v1/contacts/jane@example.com"_s));
    QVERIFY(m_server->server().clock()->advance(5).ok()); // so that updated_at can move
    const HttpReply r =
        patch(u"/v1/contacts/jane@example.com"_s, {{"name", "Jane C."}, {"city", "Lund"}, {"tier", nullptr}});
    QCOMPARE(r.status, 200);
    const Json after = contactOf(r);
    QCOMPARE(after["uuid"], before["uuid"]);
    QCOMPARE(after["name"], "Jane C.");
    QCOMPARE(after["phone"], before["phone"]);
    QCOMPARE(after["email"], before["email"]);
    QCOMPARE(after["meta"], Json({{"language", "sv"}, {"city", "Lund"}}));
    QCOMPARE(after["created_at"], before["created_at"]);
    QVERIFY(str(after["updated_at"]) > str(before["updated_at"]));

    // Clearing a field, and changing an identifier (then found by it).
    const Json cleared =
        contactOf(patch(u"/v1/contacts/+46701234567"_s, {{"phone", nullptr}, {"email", "jane.c@example.com"}}));
    QCOMPARE(cleared["phone"], nullptr);
    QCOMPARE(cleared["email"], "jane.c@example.com");
    QCOMPARE(get(u"/v1/contacts/jane@example.com"_s).status, 404);
    QCOMPARE(contactOf(get(u"/v1/contacts/jane.c@example.com"_s))["uuid"], before["uuid"]);
}

void tst_ContactRoutes::patchTakingAnotherContactsEmailIsConflict()
{
    const Json jane = contactOf(get(u"/v1/contacts/jane@example.com"_s));
    const HttpReply r = patch(u"/v1/contacts/jane@example.com"_s, {{"email", "JOHN@example.com"}, {"name", "Changed"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()["code"], "CONFLICT");
    QVERIFY(hasDetail(r.json(), "email"));
    QCOMPARE(contactOf(get(u"/v1/contacts/jane@example.com"_s)), jane); // nothing changed
    QCOMPARE(contactOf(get(u"/v1/contacts/john@example.com"_s))["name"], "John Smith");

    QCOMPARE(patch(u"/v1/contacts/jane@example.com"_s, {{"slack", "U024BE7LH"}}).status, 409);
    QCOMPARE(patch(u"/v1/contacts/jane@example.com"_s, {{"externalId", "user-1005"}}).status, 409);
    // Its own identifiers are not a conflict.
    const Json own = {{"email", "jane@example.com"}, {"phone", "+46701234567"}};
    QCOMPARE(patch(u"/v1/contacts/jane@example.com"_s, own).status, 200);
}

void tst_ContactRoutes::patchCannotRemoveLastIdentifier()
{
    QCOMPARE(post(u"/v1/contacts"_s, {{"email", "solo@example.com"}}).status, 201);
    const HttpReply r = patch(u"/v1/contacts/solo@example.com"_s, {{"email", nullptr}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    QCOMPARE(get(u"/v1/contacts/solo@example.com"_s).status, 200);
    // Replacing it with another identifier in the same PATCH is fine.
    QCOMPARE(patch(u"/v1/contacts/solo@example.com"_s, {{"email", nullptr}, {"externalId", "solo"}}).status, 200);
    QCOMPARE(contactOf(get(u"/v1/contacts/solo"_s))["email"], nullptr);
}

void tst_ContactRoutes::emptyPatchChangesNothing()
{
    const Json before = contactOf(get(u"/v1/contacts/john@example.com"_s));
    QVERIFY(m_server->server().clock()->advance(5).ok());
    const HttpReply r = patch(u"/v1/contacts/john@example.com"_s, Json::object());
    QCOMPARE(r.status, 200);
    QCOMPARE(contactOf(r), before);
    // Nor does a PATCH repeating what is stored.
    QCOMPARE(contactOf(patch(u"/v1/contacts/john@example.com"_s, {{"name", "John Smith"}})), before);
    QCOMPARE(contactOf(post(u"/v1/contacts"_s, {{"email", "john@example.com"}, {"name", "John Smith"}})), before);
}

void tst_ContactRoutes::patchValidates()
{
    const Json jane = contactOf(get(u"/v1/contacts/jane@example.com"_s));
    QCOMPARE(patch(u"/v1/contacts/jane@example.com"_s, {{"email", "nope"}}).json()["code"], "INVALID_EMAIL");
    QCOMPARE(patch(u"/v1/contacts/jane@example.com"_s, {{"phone", "12345"}}).json()["code"], "INVALID_PHONE");
    const HttpReply types = patch(u"/v1/contacts/jane@example.com"_s, {{"name", 5}, {"avatar", Json::object()}});
    QCOMPARE(types.status, 400);
    QCOMPARE(types.json()["code"], "VALIDATION_ERROR");
    QVERIFY(hasDetail(types.json(), "name") && hasDetail(types.json(), "avatar"));
    QCOMPARE(contactOf(get(u"/v1/contacts/jane@example.com"_s)), jane);
}

void tst_ContactRoutes::registersAndRemovesPushTokens()
{
    const QString tokens = u"/v1/contacts/jane@example.com/push-tokens"_s;
    HttpReply r = post(tokens, {{"token", "ExponentPushToken[aaa]"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(contactOf(r)["email"], "jane@example.com");
    QCOMPARE(contactOf(r)["push_tokens"], Json::array({"ExponentPushToken[aaa]"}));

    r = post(tokens, {{"token", "ExponentPushToken[aaa]"}}); // again: nothing new
    QCOMPARE(r.status, 200);
    QCOMPARE(contactOf(r)["push_tokens"].size(), size_t(1));

    QCOMPARE(post(tokens, {{"token", "fcm:bbb"}}).status, 201);
    QCOMPARE(contactOf(get(u"/v1/contacts/jane@example.com"_s))["push_tokens"],
             Json::array({"ExponentPushToken[aaa]", "fcm:bbb"}));
    // Lists carry them too.
    bool listed = false;
    const Json list = get(u"/v1/contacts"_s).json();
    for (const Json &c : list["data"]["contacts"])
        listed = listed || c["push_tokens"].size() == 2;
    QVERIFY(listed);

    r = del(tokens, {{"token", "ExponentPushToken[aaa]"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(contactOf(r)["push_tokens"], Json::array({"fcm:bbb"}));
    r = del(tokens, {{"token", "ExponentPushToken[aaa]"}}); // already gone: still fine
    QCOMPARE(r.status, 200);
    QCOMPARE(contactOf(r)["push_tokens"], Json::array({"fcm:bbb"}));
    // Clients that cannot send a DELETE body use the query string.
    r = m_client.del(url(u"/v1/contacts/jane@example.com/push-tokens?token=fcm%3Abbb"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(contactOf(r)["push_tokens"], Json::array());
}

void tst_ContactRoutes::pushTokenMovesBetweenContacts()
{
    QCOMPARE(post(u"/v1/contacts/jane@example.com/push-tokens"_s, {{"token", "device-1"}}).status, 201);
    const HttpReply r = post(u"/v1/contacts/user-1002/push-tokens"_s, {{"token", "device-1"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(contactOf(r)["email"], "john@example.com");
    QCOMPARE(contactOf(r)["push_tokens"], Json::array({"device-1"}));
    QCOMPARE(contactOf(get(u"/v1/contacts/jane@example.com"_s))["push_tokens"], Json::array());
}

void tst_ContactRoutes::rejectsBadPushTokens()
{
    const QString tokens = u"/v1/contacts/jane@example.com/push-tokens"_s;
    for (const Json &body : {Json::object(), Json{{"token", 5}}, Json{{"token", ""}}, Json{{"token", "   "}},
                             Json{{"token", nullptr}}, Json{{"token", std::string(5000, 'x')}}}) {
        const HttpReply r = post(tokens, body);
        QVERIFY2(r.status == 400, body.dump().c_str());
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
        QVERIFY(hasDetail(r.json(), "token"));
    }
    const HttpReply noBody = m_client.del(url(tokens));
    QCOMPARE(noBody.status, 400);
    QCOMPARE(noBody.json()["code"], "VALIDATION_ERROR");
    QCOMPARE(contactOf(get(u"/v1/contacts/jane@example.com"_s))["push_tokens"], Json::array());
}

void tst_ContactRoutes::deleteErasesContactAndTokens()
{
    const Json jane = contactOf(get(u"/v1/contacts/jane@example.com"_s));
    QCOMPARE(post(u"/v1/contacts/jane@example.com/push-tokens"_s, {{"token", "jane-phone"}}).status, 201);

    const HttpReply r = del(u"/v1/contacts/jane@example.com"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), Json({{"success", true}, {"deleted", true}}));

    QCOMPARE(get(u"/v1/contacts/jane@example.com"_s).status, 404);
    QCOMPARE(get(u"/v1/contacts/"_s + str(jane["uuid"])).status, 404);
    QCOMPARE(get(u"/v1/contacts/%2B46701234567"_s).status, 404);
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], 4);
    QCOMPARE(get(u"/v1/contacts?search=cooper"_s).json()["data"]["total"], 0);
    QCOMPARE(del(u"/v1/contacts/jane@example.com"_s).status, 404);

    // Nothing of hers is left in the database file.
    {
        Database db(m_server->databasePath());
        QVERIFY(db.open());
        auto left = execSql(db, u"SELECT (SELECT count(*) FROM push_tokens WHERE token = 'jane-phone'),"
                                u" (SELECT count(*) FROM contacts WHERE email = 'jane@example.com' OR uuid = ?)"_s,
                            {str(jane["uuid"])});
        QVERIFY(left && left->next());
        QCOMPARE(left->value(0).toInt(), 0);
        QCOMPARE(left->value(1).toInt(), 0);
    }

    // Her identifiers are free again: a new contact, with a new uuid.
    const HttpReply again = post(u"/v1/contacts"_s, {{"email", "jane@example.com"}, {"phone", "+46701234567"}});
    QCOMPARE(again.status, 201);
    QVERIFY(contactOf(again)["uuid"] != jane["uuid"]);
    QCOMPARE(contactOf(again)["meta"], Json::object());
    QCOMPARE(contactOf(again)["push_tokens"], Json::array());
}

void tst_ContactRoutes::deleteErasesDeliveries()
{
    // What was sent to her is her data too (the deliveries module registers its
    // erasure statement with ContactService); what was sent to others stays.
    const HttpReply toJane = post(u"/v1/send/user.welcome"_s, {{"to", "jane@example.com"}, {"payload", Json::object()}});
    const HttpReply toJohn = post(u"/v1/send/user.welcome"_s, {{"to", "john@example.com"}, {"payload", Json::object()}});
    QVERIFY2(toJane.status == 200 && toJohn.status == 200, toJane.body.constData());
    const auto firstDelivery = [](const HttpReply &r) {
        return QString::fromStdString(r.json()["deliveries"][0].begin().value().get<std::string>());
    };
    const QString janes = firstDelivery(toJane);
    const QString johns = firstDelivery(toJohn);
    QCOMPARE(get(u"/v1/deliveries/%1/trace"_s.arg(janes)).status, 200);

    QCOMPARE(del(u"/v1/contacts/jane@example.com"_s).status, 200);
    QCOMPARE(get(u"/v1/deliveries/%1/trace"_s.arg(janes)).status, 404);
    QCOMPARE(get(u"/v1/deliveries/%1/trace"_s.arg(johns)).status, 200);
    const Json list = get(u"/v1/deliveries?limit=100"_s).json();
    for (const Json &d : list["data"]["deliveries"])
        QVERIFY(d.value("recipient", "") != "jane@example.com");
}

void tst_ContactRoutes::quotaRefusesNewContactsOnly()
{
    m_server = std::make_unique<TestServer>(server::LocalServerOptions{}, TestServer::Limits::On);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    m_client.setApiKey(kProductionKey); // sandbox allows 10 requests a second
    setContactLimit(6);                 // the demo holds 5

    QCOMPARE(post(u"/v1/contacts"_s, {{"email", "sixth@example.com"}}).status, 201);
    const HttpReply over = post(u"/v1/contacts"_s, {{"email", "seventh@example.com"}});
    QCOMPARE(over.status, 402);
    QCOMPARE(over.json()["success"], false);
    QCOMPARE(over.json()["code"], "QUOTA_EXCEEDED");
    QCOMPARE(get(u"/v1/contacts/seventh@example.com"_s).status, 404);

    // At the limit, existing contacts can still be upserted, patched and given tokens.
    QCOMPARE(post(u"/v1/contacts"_s, {{"email", "jane@example.com"}, {"tier", "gold"}}).status, 200);
    QCOMPARE(post(u"/v1/contacts"_s, {{"email", "sixth@example.com"}, {"name", "Six"}}).status, 200);
    QCOMPARE(patch(u"/v1/contacts/john@example.com"_s, {{"name", "J"}}).status, 200);
    QCOMPARE(post(u"/v1/contacts/john@example.com/push-tokens"_s, {{"token", "t"}}).status, 201);

    // Deleting one makes room.
    QCOMPARE(del(u"/v1/contacts/sixth@example.com"_s).status, 200);
    QCOMPARE(post(u"/v1/contacts"_s, {{"email", "seventh@example.com"}}).status, 201);
    QCOMPARE(get(u"/v1/contacts"_s).json()["data"]["total"], 6);
}

void tst_ContactRoutes::quotaIsOffWithLimitsOff()
{
    setContactLimit(5);
    QCOMPARE(post(u"/v1/contacts"_s, {{"email", "beyond@example.com"}}).status, 201);
    m_server->server().setLimitsEnabled(true);
    m_client.setApiKey(kProductionKey);
    QCOMPARE(post(u"/v1/contacts"_s, {{"email", "further@example.com"}}).status, 402);
}

void tst_ContactRoutes::otherMethodsAre405()
{
    QCOMPARE(m_client.put(url(u"/v1/contacts"_s), Json::object()).status, 405);
    QCOMPARE(m_client.put(url(u"/v1/contacts/jane@example.com"_s), Json::object()).status, 405);
    QCOMPARE(patch(u"/v1/contacts/jane@example.com/push-tokens"_s, {{"token", "t"}}).status, 405);
    QCOMPARE(m_client.del(url(u"/v1/contacts"_s)).status, 405);
}

QTEST_GUILESS_MAIN(tst_ContactRoutes)
#include "tst_contactroutes.moc"

// What a send keeps of a message besides its rendered fields (issue 17): the sender
// it was sent as, the payload and the template revision, stored inside the content
// snapshot; and the email built from them (core/mail), the same for the trace's
// headers, a download and a release.
#include <deliveries/deliverystore.h>
#include <mail/release.h>
#include <send/sendservice.h>
#include <storage/database.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace sendivent;
using namespace Qt::StringLiterals;

class tst_SentSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendKeepsWhatItKnew();
    void factsAreSerialisedOncePerRequest();
    void olderRowsReadAsTheyWere();
    void sentEmailIsOneMessage();

private:
    QList<Delivery> send(const Json &body, const QString &event = u"user.welcome"_s,
                         const QString &channel = u"email"_s)
    {
        auto request = parseSendRequest(event, channel, body);
        if (!request) {
            qWarning("bad request: %s", qPrintable(request.error().message));
            return {};
        }
        Transaction tx(*m_db);
        auto result = m_send->send(*request);
        if (!result || !m_send->store(*result) || !tx.commit())
            return {};
        QList<Delivery> out;
        for (const auto &[sentOn, uuid] : result->deliveries) {
            auto found = m_store->find(uuid);
            if (found && found->has_value())
                out << **found;
        }
        m_lastRows.clear();
        for (const NewDelivery &row : result->rows)
            m_lastRows << row.delivery;
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkspaceService> m_workspace;
    std::unique_ptr<DeliveryStore> m_store;
    std::unique_ptr<SendService> m_send;
    QList<Delivery> m_lastRows; // as the send built them, before the store
};

void tst_SentSnapshot::init()
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"sent-%1.db"_s.arg(QDateTime::currentMSecsSinceEpoch())));
    QVERIFY(m_db->open());
    m_workspace = std::make_unique<WorkspaceService>(*m_db);
    QVERIFY(m_workspace->seedDemoIfEmpty());
    m_store = std::make_unique<DeliveryStore>(*m_db);
    m_send = std::make_unique<SendService>(*m_db, *m_workspace, *m_store, nullptr, nullptr);
}

void tst_SentSnapshot::cleanup()
{
    m_send.reset();
    m_store.reset();
    m_workspace.reset();
    m_db.reset();
}

void tst_SentSnapshot::sendKeepsWhatItKnew()
{
    const Json payload{{"order_id", "A-17"}, {"items", Json::array({1, 2})}, {"note", "blåbär"}};
    const auto sent = send(Json{{"to", "jane@example.com"},
                                {"from", "Acme Support <support@acme.test>"},
                                {"language", "sv"},
                                {"payload", payload}});
    QCOMPARE(sent.size(), 1);
    const Delivery &d = sent.first();
    const Json facts = sentFacts(d);
    QCOMPARE(facts.value("app", ""), std::string("Acme Shop"));
    QCOMPARE(facts["from"], (Json{{"name", "Acme Support"}, {"email", "support@acme.test"}}));
    QCOMPARE(facts["payload"], payload);
    QVERIFY(m_workspace->cachedRevision() > 0);
    QCOMPARE(facts.value("template_revision", qint64(-1)), m_workspace->cachedRevision());
    QCOMPARE(d.language, u"sv"_s);
    // The rendered fields stay what they were: the facts are not one of them.
    QVERIFY(!d.content.contains("$sent"));
    QVERIFY(d.content.contains("subject") && d.content.contains("html") && d.content.contains("text"));

    // A workspace change raises the revision the next send records.
    auto ws = m_workspace->current();
    QVERIFY(ws);
    Workspace changed = **ws;
    changed.appName = u"Acme Outlet"_s;
    QVERIFY(m_workspace->replace(changed));
    const auto later = send(Json{{"to", "jane@example.com"}, {"payload", Json::object()}});
    QCOMPARE(later.size(), 1);
    const Json laterFacts = sentFacts(later.first());
    QVERIFY(laterFacts.value("template_revision", qint64(-1)) > facts.value("template_revision", qint64(-1)));
    QCOMPARE(laterFacts.value("app", ""), std::string("Acme Outlet"));
    // Without `from`, the workspace's first email sender.
    QCOMPARE(laterFacts["from"]["email"], Json("hello@acme.test"));
}

void tst_SentSnapshot::factsAreSerialisedOncePerRequest()
{
    const auto sent = send(Json{{"to", Json::array({"a@example.com", "b@example.com", "c@example.com"})},
                                {"payload", {{"big", std::string(2000, 'x')}}}});
    QCOMPARE(sent.size(), 3);
    QCOMPARE(m_lastRows.size(), 3);
    // One serialisation shared by every delivery of the request, not one each.
    QVERIFY(!m_lastRows[0].sent.isEmpty());
    QCOMPARE(m_lastRows[1].sent.constData(), m_lastRows[0].sent.constData());
    QCOMPARE(m_lastRows[2].sent.constData(), m_lastRows[0].sent.constData());
    for (const Delivery &d : sent)
        QCOMPARE(sentFacts(d), sentFacts(m_lastRows[0]));
}

void tst_SentSnapshot::olderRowsReadAsTheyWere()
{
    // A row written before the facts were kept: the content column holds only the
    // rendered fields.
    Delivery old;
    old.uuid = timeOrderedUuid();
    old.channel = Channel::Email;
    old.status = u"sent"_s;
    old.eventName = u"user.welcome"_s;
    old.recipient = u"old@example.com"_s;
    old.createdAt = QDateTime::currentDateTimeUtc();
    old.sentAt = old.createdAt;
    old.content = Json{{"subject", "Hi"}, {"text", "Hello"}};
    QVERIFY(m_store->insert(old));
    auto found = m_store->find(old.uuid);
    QVERIFY(found && found->has_value());
    QVERIFY((*found)->sent.isEmpty());
    QCOMPARE((*found)->content, old.content);
    QCOMPARE(sentFacts(**found), Json::object());
    // Its email has what the row has, and no From rather than an invented one.
    const mail::EmailMessage m = mail::sentMessage(**found);
    QVERIFY(m.from.isEmpty());
    QStringList names;
    for (const mail::HeaderField &h : mail::headerFields(m))
        names << QString::fromLatin1(h.name);
    QVERIFY(!names.contains(u"From"_s));
    QVERIFY(names.contains(u"Subject"_s));
}

void tst_SentSnapshot::sentEmailIsOneMessage()
{
    const auto sent = send(Json{{"to", "jane@example.com"}, {"from", "support@acme.test"}, {"payload", Json::object()}});
    QCOMPARE(sent.size(), 1);
    const Delivery &d = sent.first();
    const mail::EmailMessage m = mail::sentMessage(d);
    QCOMPARE(m.from.address, u"support@acme.test"_s);
    QCOMPARE(m.from.name, u"Acme Support"_s);
    QCOMPARE(m.date, d.sentAt.toUTC());
    QCOMPARE(m.messageId, d.uuid + u"@acme.test"_s);
    // The same message every time: the trace, the .eml and a second download agree.
    const QByteArray eml = mail::buildMessage(m);
    QCOMPARE(mail::buildMessage(mail::sentMessage(d)), eml);
    QStringList names;
    for (const mail::HeaderField &h : mail::headerFields(m)) {
        names << QString::fromLatin1(h.name);
        QVERIFY2(eml.contains(QByteArray(h.name + ": ")), h.name.constData());
    }
    QCOMPARE(names, (QStringList{u"Date"_s, u"From"_s, u"To"_s, u"Subject"_s, u"Message-ID"_s, u"MIME-Version"_s,
                                 u"Content-Type"_s}));
    QVERIFY(eml.contains(QByteArray("Message-ID: <" + d.uuid.toLatin1() + "@acme.test>\r\n")));
    QVERIFY(eml.contains(QByteArray("Date: " + mail::rfc5322Date(d.sentAt.toUTC()) + "\r\n")));

    // A release starts from it: the same rendered message, to another inbox.
    auto released = mail::releasedMessage(d, mail::Mailbox{u"Me"_s, u"me@example.org"_s}, u"inbox@example.org"_s);
    QVERIFY(released);
    QCOMPARE(released->subject, m.subject);
    QCOMPARE(released->html, m.html);
    QCOMPARE(released->text, m.text);
    QCOMPARE(released->from.address, u"me@example.org"_s);
    QVERIFY(released->messageId.isEmpty()); // its own, made when it goes
}

QTEST_GUILESS_MAIN(tst_SentSnapshot)
#include "tst_sentsnapshot.moc"

// The hooks on every connection Database opens (storage/connectionhooks.h): the count
// of commits that changed the workspace's or the contacts' revision moves only after
// such a commit, on any thread, never for a rolled-back one or another table; the send
// keeps its revisions only while that count stands still; and the WAL hook that
// counts still checkpoints as SQLite's automatic checkpoint did.
#include <deliveries/deliverystore.h>
#include <send/sendservice.h>
#include <storage/connectionhooks.h>
#include <storage/database.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace sendivent;
using namespace Qt::StringLiterals;

class tst_ConnectionHooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void settingsChangeCountsAfterTheCommit();
    void otherTablesDoNotCount();
    void rolledBackChangeDoesNotCount();
    void contactChangeCountsThroughTheTrigger();
    void commitOnAnotherThreadCounts();
    void sendSeesWorkspaceChangedOnAnotherThread();
    void sendSeesContactChangedOnAnotherThread();
    void autoCheckpointStillCopiesTheWal();

private:
    static quint64 changes()
    {
        const auto n = revisionChanges();
        if (!n)
            qFatal("the test database's connections are not watched");
        return *n;
    }
    // Runs `work` on a thread of its own, with that thread's own connection, and
    // returns once the thread (and its connection) is gone.
    static bool onAnotherThread(const std::function<void()> &work)
    {
        std::unique_ptr<QThread> thread(QThread::create(work));
        thread->start();
        return thread->wait(10000);
    }
    QString subjectOfSendTo(const QString &email);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkspaceService> m_workspace;
    std::unique_ptr<DeliveryStore> m_store;
    std::unique_ptr<SendService> m_send;
};

void tst_ConnectionHooks::init()
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"hooks-%1.db"_s.arg(QDateTime::currentMSecsSinceEpoch())));
    QVERIFY(m_db->open());
    m_workspace = std::make_unique<WorkspaceService>(*m_db);
    QVERIFY(m_workspace->seedDemoIfEmpty());
    m_store = std::make_unique<DeliveryStore>(*m_db);
    m_send = std::make_unique<SendService>(*m_db, *m_workspace, *m_store, nullptr, nullptr);
}

void tst_ConnectionHooks::cleanup()
{
    m_send.reset();
    m_store.reset();
    m_workspace.reset();
    m_db.reset();
}

QString tst_ConnectionHooks::subjectOfSendTo(const QString &email)
{
    auto request = parseSendRequest(u"user.welcome"_s, u"email"_s,
                                    Json{{"to", toStd(email)}, {"payload", Json::object()}});
    if (!request)
        return u"bad request: "_s + request.error().message;
    auto result = m_send->send(*request);
    if (!result)
        return u"send failed: "_s + result.error().message;
    if (result->rows.size() != 1)
        return u"%1 deliveries"_s.arg(result->rows.size());
    // Stored, as the server does, so the next send starts from what this one wrote.
    Transaction tx(*m_db);
    if (Status s = m_send->store(*result); !s || !tx.commit())
        return u"not stored"_s;
    m_send->publish(*result);
    return jsonString(result->rows.first().delivery.content, "subject");
}

void tst_ConnectionHooks::settingsChangeCountsAfterTheCommit()
{
    const quint64 before = changes();
    {
        Transaction tx(*m_db);
        QVERIFY(execSql(*m_db, u"UPDATE settings SET value = value || '!' WHERE key = 'app_name'"_s));
        QCOMPARE(changes(), before); // not committed yet: a reader must keep reading the old value
        QVERIFY(tx.commit());
    }
    QCOMPARE(changes(), before + 1);
    // An autocommit statement is a commit of its own.
    QVERIFY(execSql(*m_db, u"UPDATE settings SET value = 'x' WHERE key = 'app_name'"_s));
    QCOMPARE(changes(), before + 2);
}

void tst_ConnectionHooks::otherTablesDoNotCount()
{
    const quint64 before = changes();
    QVERIFY(execSql(*m_db, u"INSERT INTO senders (name, email) VALUES ('Ops', 'ops@example.com')"_s));
    QVERIFY(execSql(*m_db, u"UPDATE senders SET name = 'Ops team'"_s));
    QCOMPARE(changes(), before);
}

void tst_ConnectionHooks::rolledBackChangeDoesNotCount()
{
    const quint64 before = changes();
    {
        Transaction tx(*m_db);
        QVERIFY(execSql(*m_db, u"UPDATE settings SET value = 'never' WHERE key = 'app_name'"_s));
    } // rolled back
    QCOMPARE(changes(), before);
    // Nor does the rolled-back change ride on the next commit.
    QVERIFY(execSql(*m_db, u"INSERT INTO senders (name, email) VALUES ('Ops', 'ops@example.com')"_s));
    QCOMPARE(changes(), before);
}

void tst_ConnectionHooks::contactChangeCountsThroughTheTrigger()
{
    const quint64 before = changes();
    QVERIFY(execSql(*m_db,
                    u"INSERT INTO contacts (uuid, email, created_at, updated_at) VALUES ('c-1', 'a@example.com', 1, 1)"_s));
    QCOMPARE(changes(), before + 1);
    QVERIFY(execSql(*m_db, u"UPDATE contacts SET name = 'Ada' WHERE uuid = 'c-1'"_s));
    QCOMPARE(changes(), before + 2);
    QVERIFY(execSql(*m_db, u"DELETE FROM contacts"_s));
    QCOMPARE(changes(), before + 3);
}

void tst_ConnectionHooks::commitOnAnotherThreadCounts()
{
    const quint64 before = changes();
    bool written = false;
    QVERIFY(onAnotherThread([&] {
        Transaction tx(*m_db);
        written = execSql(*m_db, u"UPDATE settings SET value = 'Other thread' WHERE key = 'app_name'"_s).ok()
                  && tx.commit().ok();
    }));
    QVERIFY(written);
    QCOMPARE(changes(), before + 1);
    // That thread's connection closed with it; this thread's still counts.
    QVERIFY(execSql(*m_db, u"UPDATE settings SET value = 'Here' WHERE key = 'app_name'"_s));
    QCOMPARE(changes(), before + 2);
}

void tst_ConnectionHooks::sendSeesWorkspaceChangedOnAnotherThread()
{
    QCOMPARE(subjectOfSendTo(u"ada@example.com"_s), u"Welcome to Acme Shop, there!"_s);
    QCOMPARE(subjectOfSendTo(u"ada@example.com"_s), u"Welcome to Acme Shop, there!"_s); // from what it kept
    bool replaced = false;
    QVERIFY(onAnotherThread([&] {
        WorkspaceService workspace(*m_db);
        auto current = workspace.current();
        if (!current)
            return;
        Workspace changed = **current;
        changed.appName = u"Renamed App"_s;
        replaced = workspace.replace(changed).ok();
    }));
    QVERIFY(replaced);
    QCOMPARE(subjectOfSendTo(u"ada@example.com"_s), u"Welcome to Renamed App, there!"_s);
}

void tst_ConnectionHooks::sendSeesContactChangedOnAnotherThread()
{
    QCOMPARE(subjectOfSendTo(u"grace@example.com"_s), u"Welcome to Acme Shop, there!"_s);
    QCOMPARE(subjectOfSendTo(u"grace@example.com"_s), u"Welcome to Acme Shop, there!"_s); // the recipient kept
    bool renamed = false;
    QVERIFY(onAnotherThread([&] {
        renamed = execSql(*m_db, u"UPDATE contacts SET name = 'Grace' WHERE email = 'grace@example.com'"_s).ok();
    }));
    QVERIFY(renamed);
    QCOMPARE(subjectOfSendTo(u"grace@example.com"_s), u"Welcome to Acme Shop, Grace!"_s);
}

void tst_ConnectionHooks::autoCheckpointStillCopiesTheWal()
{
    // With the automatic checkpoint off, new pages stay in the WAL and the database
    // file keeps its size; with it on, the commit that passes the threshold copies
    // them into the file, as SQLite's own hook did.
    const QString file = m_db->filePath();
    QVERIFY(execSql(*m_db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    QVERIFY(execSql(*m_db, u"CREATE TABLE filler (b BLOB)"_s));
    QVERIFY(execSql(*m_db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));

    setAutoCheckpoint(*m_db, 0);
    const qint64 before = QFileInfo(file).size();
    QVERIFY(execSql(*m_db, u"INSERT INTO filler (b) VALUES (zeroblob(400000))"_s));
    QCOMPARE(QFileInfo(file).size(), before);

    setAutoCheckpoint(*m_db, 10);
    QVERIFY(execSql(*m_db, u"INSERT INTO filler (b) VALUES (zeroblob(400000))"_s));
    QVERIFY2(QFileInfo(file).size() >= before + 800000,
             qPrintable(u"database file %1 bytes, was %2"_s.arg(QFileInfo(file).size()).arg(before)));
    setAutoCheckpoint(*m_db, 1000);
}

QTEST_GUILESS_MAIN(tst_ConnectionHooks)
#include "tst_connectionhooks.moc"

#include <database.h>
#include <migrations.h>

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace sendivent;

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsMigratedToLatest();
    void reopeningKeepsDataAndVersion();
    void migrationsAreOrderedAndUnique();
    void refusesNewerSchema();
    void refusesFileThatIsNotSqlite();
    void usesWalAndForeignKeys();
    void eachThreadGetsItsOwnConnection();
    void transactionRollsBackUnlessCommitted();
    void transactionHoldsOffOtherWriters();
};

void tst_Database::freshDatabaseIsMigratedToLatest()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("sub/folder/s.db")));
    const Status s = db.open();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QVERIFY(execSql(db, QStringLiteral("SELECT count(*) FROM events")).ok());
}

void tst_Database::reopeningKeepsDataAndVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    {
        Database db(path);
        QVERIFY(db.open().ok());
        QVERIFY(execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")).ok());
    }
    Database db(path);
    QVERIFY(db.open().ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    auto q = execSql(db, QStringLiteral("SELECT value FROM settings WHERE key = 'k'"));
    QVERIFY(q.ok());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("v"));
}

void tst_Database::migrationsAreOrderedAndUnique()
{
    int previous = 0;
    for (const Migration &m : migrations()) {
        QVERIFY2(m.version == previous + 1, "migration versions must be 1, 2, 3, … without gaps");
        QVERIFY(!m.statements.isEmpty());
        previous = m.version;
    }
}

void tst_Database::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    {
        Database db(path);
        QVERIFY(db.open().ok());
        QVERIFY(execSql(db, QStringLiteral("UPDATE schema_version SET version = 9999")).ok());
    }
    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::ServerError);
    QVERIFY2(s.error().message.contains(QStringLiteral("newer")), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QStringLiteral("9999")));
    // Nothing was touched: the version is still the newer one.
    QCOMPARE(db.schemaVersion(), 9999);
}

void tst_Database::refusesFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY(!s.error().message.contains(path)); // no paths in messages
}

void tst_Database::usesWalAndForeignKeys()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.open().ok());
    auto wal = execSql(db, QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(wal.ok() && wal->next());
    QCOMPARE(wal->value(0).toString(), QStringLiteral("wal"));
    auto fk = execSql(db, QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(fk.ok() && fk->next());
    QCOMPARE(fk->value(0).toInt(), 1);
}

void tst_Database::eachThreadGetsItsOwnConnection()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.open().ok());
    const QString mainName = db.connection().connectionName();
    QString otherName;
    bool otherWorked = false;
    QThread *thread = QThread::create([&] {
        otherName = db.connection().connectionName();
        otherWorked = execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('t', '1')")).ok();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(otherWorked);
    QVERIFY(!otherName.isEmpty());
    QVERIFY(otherName != mainName);
    QVERIFY2(!QSqlDatabase::contains(otherName), "a finished thread's connection is removed");
    auto q = execSql(db, QStringLiteral("SELECT value FROM settings WHERE key = 't'"));
    QVERIFY(q.ok() && q->next());
}

void tst_Database::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.open().ok());
    {
        Transaction tx(db);
        QVERIFY(tx.isActive());
        QVERIFY(execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('gone', '1')")).ok());
    }
    auto q = execSql(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'gone'"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toInt(), 0);
    {
        Transaction tx(db);
        QVERIFY(execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('kept', '1')")).ok());
        QVERIFY(tx.commit().ok());
    }
    auto kept = execSql(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'kept'"));
    QVERIFY(kept.ok() && kept->next());
    QCOMPARE(kept->value(0).toInt(), 1);
}

// A transaction takes the write lock when it begins: one that reads before it writes
// cannot be overtaken by another connection's commit in between (which would fail its
// first write with SQLITE_BUSY); the other writer waits instead.
void tst_Database::transactionHoldsOffOtherWriters()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.open().ok());
    Transaction tx(db);
    QVERIFY(tx.isActive());
    auto read = execSql(db, QStringLiteral("SELECT count(*) FROM settings"));
    QVERIFY(read.ok() && read->next());
    const int before = read->value(0).toInt();
    read->finish();

    bool otherWrote = false;
    QThread *other = QThread::create([&] {
        otherWrote = execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('other', '1')")).ok();
    });
    other->start();
    QVERIFY2(!other->wait(300), "the other connection's write waits for this transaction");
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('mine', ?)"), {before}).ok());
    QVERIFY(tx.commit().ok());
    QVERIFY(other->wait(10000));
    delete other;
    QVERIFY(otherWrote);
    auto after = execSql(db, QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('mine', 'other')"));
    QVERIFY(after.ok() && after->next());
    QCOMPARE(after->value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"

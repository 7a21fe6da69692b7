#include <storage/database.h>
#include <storage/groupcommit.h>
#include <storage/migrations.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

#include <functional>
#include <memory>

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace sendivent;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes, qint64 at = 0)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(at))
        return false;
    return f.write(bytes) == bytes.size();
}

// A database of ours, closed again (its WAL checkpointed into the file).
bool makeDatabase(const QString &path)
{
    Database db(path);
    return db.open().ok() && execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")).ok();
}

// Runs `work` on a thread of its own that has given up the capabilities overriding
// file permissions, so that a chmod stops it as it stops any user: tests run as root
// in CI, where a chmod stops no write. Linux keeps capabilities per thread, so the
// rest of the test keeps them. False when they could not be dropped.
bool withFilePermissionsApplied(const std::function<void()> &work)
{
    bool applied = true;
    std::unique_ptr<QThread> thread(QThread::create([&] {
#ifdef Q_OS_LINUX
        if (::geteuid() == 0) {
            __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
            __user_cap_data_struct data[2]{};
            const quint32 overrides = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);
            applied = ::syscall(SYS_capget, &header, data) == 0;
            data[0].effective &= ~overrides;
            data[0].permitted &= ~overrides; // or access(2) would lend them back to root
            data[0].inheritable &= ~overrides;
            applied = applied && ::syscall(SYS_capset, &header, data) == 0;
        }
#endif
        if (applied)
            work();
    }));
    thread->start();
    thread->wait();
    return applied;
}

// What `PRAGMA synchronous` says on the calling thread's connection (1 NORMAL, 2 FULL).
int synchronousOf(const Database &db)
{
    auto q = execSql(db, QStringLiteral("PRAGMA synchronous"));
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsMigratedToLatest();
    void reopeningKeepsDataAndVersion();
    void migrationsAreOrderedAndUnique();
    void refusesNewerSchema();
    void refusesFileThatIsNotSqlite();
    void refusesAnotherProgramsDatabase_data();
    void refusesAnotherProgramsDatabase();
    void marksItsFilesAsOurs();
    void reportsDamagedFile_data();
    void reportsDamagedFile();
    void reportsReadOnlyFileOrFolder_data();
    void reportsReadOnlyFileOrFolder();
    void reportsLockedDatabase_data();
    void reportsLockedDatabase();
    void durabilityFullOnEveryConnection();
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
    QCOMPARE(db.problem(), DatabaseProblem::NewerSchema);
    QVERIFY2(s.error().message.contains(QStringLiteral("newer")), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QStringLiteral("9999")));
    QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(s.error().message));
    // Nothing was touched: the version is still the newer one.
    QCOMPARE(db.schemaVersion(), 9999);
}

void tst_Database::refusesFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(writeBytes(path, QByteArray(4096, 'x')));
    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QCOMPARE(db.problem(), DatabaseProblem::NotOurs);
    // The message says which file, so the user can look at it before moving it.
    QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QStringLiteral("not a SQLite database")), qPrintable(s.error().message));
    QCOMPARE(fileBytes(path), QByteArray(4096, 'x'));
}

void tst_Database::refusesAnotherProgramsDatabase_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("tables but no schema_version")
        << QStringList{QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO customers (name) VALUES ('Ada')")};
    // Even a table of our name is no proof when the file says whose it is.
    QTest::newRow("another application id")
        << QStringList{QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
                       QStringLiteral("INSERT INTO schema_version VALUES (1)"),
                       QStringLiteral("PRAGMA application_id = 1196444237")}; // GeoPackage's
}

void tst_Database::refusesAnotherProgramsDatabase()
{
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileBytes(path);

    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QCOMPARE(db.problem(), DatabaseProblem::NotOurs);
    QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QStringLiteral("another program")), qPrintable(s.error().message));
    // Not migrated into: the file is as it was.
    QCOMPARE(fileBytes(path), before);
}

void tst_Database::marksItsFilesAsOurs()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.open().ok());
    QCOMPARE(db.problem(), DatabaseProblem::None);
    auto q = execSql(db, QStringLiteral("PRAGMA application_id"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toInt(), sendiventApplicationId);
}

void tst_Database::reportsDamagedFile_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QByteArray>("bytes");
    // The page size in the header (bytes 16-17) is not a power of two: SQLITE_NOTADB.
    QTest::newRow("header") << qint64(16) << QByteArray::fromHex("0003");
    // The b-tree page header of the schema table, right after the file header: SQLITE_CORRUPT.
    QTest::newRow("schema page") << qint64(100) << QByteArray(200, '\xff');
}

void tst_Database::reportsDamagedFile()
{
    QFETCH(qint64, offset);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeDatabase(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(writeBytes(path, bytes, offset));
    const QByteArray damaged = fileBytes(path);

    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QCOMPARE(db.problem(), DatabaseProblem::Corrupted);
    const QString message = s.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("not a")), qPrintable(message));
    QCOMPARE(fileBytes(path), damaged);
}

void tst_Database::reportsReadOnlyFileOrFolder_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("file") << false;  // SQLite opens it for reading only
    QTest::newRow("folder") << true; // the WAL's -wal and -shm files cannot be made
}

void tst_Database::reportsReadOnlyFileOrFolder()
{
    QFETCH(bool, folderReadOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeDatabase(path));
    const QByteArray before = fileBytes(path);
    const QString target = folderReadOnly ? dir.path() : path;
    const QFile::Permissions writable = QFile::permissions(target);
    QVERIFY(QFile::setPermissions(target, writable & ~(QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther)));
    Status s;
    DatabaseProblem problem = DatabaseProblem::None;
    QVERIFY2(withFilePermissionsApplied([&] {
                 Database db(path);
                 s = db.open();
                 problem = db.problem();
             }),
             "cannot drop CAP_DAC_OVERRIDE, so a chmod would not stop root");
    QVERIFY(QFile::setPermissions(target, writable));
    // SQLite made the WAL's files with the database file's permissions.
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(path + QLatin1StringView(suffix)))
            QVERIFY(QFile::setPermissions(path + QLatin1StringView(suffix), QFile::permissions(path)));
    }
    QVERIFY(!s.ok());
    QCOMPARE(problem, DatabaseProblem::ReadOnly);
    const QString message = s.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("not a")), qPrintable(message));
    // Writable again, it is the same good database.
    QCOMPARE(fileBytes(path), before);
    Database again(path);
    QVERIFY(again.open().ok());
    auto q = execSql(again, QStringLiteral("SELECT value FROM settings WHERE key = 'k'"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("v"));
}

void tst_Database::reportsLockedDatabase_data()
{
    QTest::addColumn<QStringList>("statements");
    // Another program in the middle of a long write: reading works, writing never would.
    QTest::newRow("write transaction") << QStringList{QStringLiteral("BEGIN IMMEDIATE"),
                                                      QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")};
    // Another program with the whole file to itself: not even reading works.
    QTest::newRow("exclusive locking mode") << QStringList{QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"),
                                                           QStringLiteral("BEGIN EXCLUSIVE"),
                                                           QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"),
                                                           QStringLiteral("COMMIT")};
}

void tst_Database::reportsLockedDatabase()
{
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QVERIFY(makeDatabase(path));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(q.exec(statement), qPrintable(statement + QStringLiteral(": ") + q.lastError().text()));

        QElapsedTimer waited;
        waited.start();
        Database db(path);
        const Status s = db.open();
        QVERIFY(!s.ok());
        QCOMPARE(db.problem(), DatabaseProblem::Locked);
        const QString message = s.error().message;
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("locked")), qPrintable(message));
        // The check waits briefly, not the connections' 10 s busy timeout.
        QVERIFY2(waited.elapsed() < 8000, qPrintable(QString::number(waited.elapsed())));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    Database db(path);
    QVERIFY(db.open().ok());
}

// --durability full must reach every connection the process opens: the thread's own,
// another thread's, and the group commit writer's (its WriteSession).
void tst_Database::durabilityFullOnEveryConnection()
{
    QTemporaryDir dir;
    QCOMPARE(Database::durability(), Database::Durability::Normal);
    {
        Database db(dir.filePath(QStringLiteral("normal.db")));
        QVERIFY(db.open().ok());
        QCOMPARE(synchronousOf(db), 1);
    }
    Database::setDurability(Database::Durability::Full);
    const auto restore = qScopeGuard([] { Database::setDurability(Database::Durability::Normal); });
    Database db(dir.filePath(QStringLiteral("full.db")));
    QVERIFY(db.open().ok());
    QCOMPARE(synchronousOf(db), 2);

    int onOtherThread = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] { onOtherThread = synchronousOf(db); }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QCOMPARE(onOtherThread, 2);

    int onWriter = -1;
    bool done = false;
    {
        GroupCommit commits(db);
        commits.submit(
            [&onWriter](WriteSession &session) {
                onWriter = synchronousOf(session.db);
                return Status();
            },
            [&done](Status) { done = true; });
        commits.flush();
    }
    QVERIFY(done);
    QCOMPARE(onWriter, 2);
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

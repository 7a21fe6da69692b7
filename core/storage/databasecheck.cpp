#include "databasecheck.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStringList>

#include <sqlite3.h>

#include <memory>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

struct CloseConnection
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct FinalizeStatement
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

// The first 16 bytes of every SQLite 3 file.
constexpr char sqliteHeader[] = "SQLite format 3";

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

DatabaseCheck problem(DatabaseProblem kind, QString message)
{
    return {kind, std::move(message)};
}

DatabaseCheck readOnly(const QString &path)
{
    return problem(DatabaseProblem::ReadOnly,
                   u"The database %1 is read-only here: the file or its folder cannot be written, so nothing "
                   "was changed in it. Make both writable for this user, or copy the folder somewhere writable "
                   "and start with --data-dir set to the copy."_s.arg(shown(path)));
}

DatabaseCheck notSqlite(const QString &path)
{
    return problem(DatabaseProblem::NotOurs,
                   u"%1 is not a SQLite database, so not a Sendivent Console database; it was left untouched. "
                   "Move it out of the folder, or start with another --data-dir."_s.arg(shown(path)));
}

DatabaseCheck otherProgram(const QString &path)
{
    return problem(DatabaseProblem::NotOurs,
                   u"%1 is a SQLite database of another program (it has no Sendivent Console schema); it was "
                   "left untouched. Move it out of the folder, or start with another --data-dir."_s.arg(shown(path)));
}

// What an SQLite error code at open, read or BEGIN says about the file.
DatabaseCheck classify(const QString &path, int code, const QString &sqliteMessage)
{
    const QString file = shown(path);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return problem(DatabaseProblem::Locked,
                       u"The database %1 is locked by another program (SQLite: %2). Close the program that has "
                       "it open (an SQLite browser, a backup, a Sendivent Console on another computer sharing "
                       "the folder) and start again."_s.arg(file, sqliteMessage));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        // The file starts with SQLite's header (checked before): it is damaged, whatever
        // SQLite's "file is not a database" says, and must not read as if it were junk.
        return problem(DatabaseProblem::Corrupted,
                       u"The database %1 is damaged (%2). Restore it from a backup, or move it out of the folder "
                       "to start with an empty one; `sqlite3 %1 .recover` may save what is left. Do not delete "
                       "it before you have what you need from it."_s
                           .arg(file, (code & 0xff) == SQLITE_NOTADB ? u"its header is invalid"_s
                                                                      : u"SQLite: "_s + sqliteMessage));
    case SQLITE_READONLY:
        return readOnly(path);
    case SQLITE_CANTOPEN:
        // A WAL database in a folder that cannot be written: its -wal and -shm files cannot be made.
        if (QFileInfo::exists(path) && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return readOnly(path);
        break;
    default:
        break;
    }
    return problem(DatabaseProblem::CannotOpen,
                   u"Cannot open the database %1 (SQLite: %2). Check that it is a file this user may read and "
                   "write, that the disk has room, or start with another --data-dir."_s.arg(file, sqliteMessage));
}

DatabaseCheck classify(const QString &path, sqlite3 *db)
{
    return classify(path, sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

QString newerSchemaMessage(const QString &path, int fileVersion, int latestSchemaVersion)
{
    return u"The database %1 was written by a newer Sendivent Console (schema %2; this version understands up "
           "to %3). Use a newer version, or start with another --data-dir."_s
        .arg(shown(path))
        .arg(fileVersion)
        .arg(latestSchemaVersion);
}

DatabaseCheck checkDatabaseFile(const QString &path, int latestSchemaVersion, std::chrono::milliseconds busyWait)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir()) {
            return problem(DatabaseProblem::CannotOpen,
                           u"%1 is a folder where the database file should be. Move it, or start with another "
                           "--data-dir."_s.arg(shown(path)));
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return problem(DatabaseProblem::CannotOpen,
                           u"Cannot read the database %1 (%2). Check that this user may read and write it, or "
                           "start with another --data-dir."_s.arg(shown(path), file.errorString()));
        }
        // SQLite reads an empty file as an empty database; anything else must start
        // with its header. Said here, since SQLite calls both a damaged header and a
        // text file "not a database".
        const QByteArray head = file.read(sizeof sqliteHeader);
        if (!head.isEmpty() && head != QByteArrayView(sqliteHeader, sizeof sqliteHeader))
            return notSqlite(path);
    }

    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Connection db(raw);
    if (opened != SQLITE_OK) {
        if (!db)
            return classify(path, opened, QString::fromUtf8(sqlite3_errstr(opened)));
        return classify(path, db.get());
    }
    sqlite3_busy_timeout(db.get(), int(busyWait.count()));

    // SQLite reads the schema (page 1) here: a damaged file, a lock held by another
    // program or a WAL file that cannot be made shows up at once.
    QStringList tables;
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db.get(), "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &s, nullptr) != SQLITE_OK)
            return classify(path, db.get());
        Statement statement(s);
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement.get())) == SQLITE_ROW)
            tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement.get(), 0)));
        if (step != SQLITE_DONE)
            return classify(path, db.get());
    }
    int applicationId = 0;
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db.get(), "PRAGMA application_id", -1, &s, nullptr) != SQLITE_OK)
            return classify(path, db.get());
        Statement statement(s);
        if (sqlite3_step(statement.get()) == SQLITE_ROW)
            applicationId = sqlite3_column_int(statement.get(), 0);
    }
    // Files from before the application id have the schema_version table to go by.
    if (applicationId != 0 && applicationId != sendiventApplicationId)
        return otherProgram(path);
    if (!tables.isEmpty() && !tables.contains(u"schema_version"_s))
        return otherProgram(path);
    if (tables.contains(u"schema_version"_s)) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db.get(), "SELECT version FROM schema_version", -1, &s, nullptr) != SQLITE_OK)
            return classify(path, db.get());
        Statement statement(s);
        const int step = sqlite3_step(statement.get());
        if (step != SQLITE_ROW && step != SQLITE_DONE)
            return classify(path, db.get());
        const int version = step == SQLITE_ROW ? sqlite3_column_int(statement.get(), 0) : 0;
        if (version > latestSchemaVersion)
            return problem(DatabaseProblem::NewerSchema, newerSchemaMessage(path, version, latestSchemaVersion));
    }

    // SQLite falls back to reading when the file cannot be opened for writing.
    if (sqlite3_db_readonly(db.get(), "main") == 1)
        return readOnly(path);
    // Whether a write could begin: another program's write lock, or a WAL file that
    // cannot be written, shows up here (after busyWait, not the connections' 10 s).
    if (sqlite3_exec(db.get(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return classify(path, db.get());
    sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    return {};
}

} // namespace sendivent

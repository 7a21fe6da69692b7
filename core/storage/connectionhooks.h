#pragma once

#include <QtCore/QtGlobal>

#include <optional>

class QSqlDatabase;
struct sqlite3;

namespace sendivent {

class Database;

// SQLite hooks on every connection Database opens (its WAL, row-change and rollback
// hooks), for what the process needs to know about commits without reading the file.

// How many committed transactions, on any watched connection of this process, changed
// `settings` (the workspace's revision) or `contacts_revision`. Counted after the
// commit, so a reader that takes the count, then reads those tables, and later finds
// the same count knows that what it read is still current. One process owns a data
// folder (its lock), so nothing else writes the file. nullopt once a connection could
// not be watched (not in WAL mode, no SQLite handle): then every reader reads.
std::optional<quint64> revisionChanges();

// The calling thread's connection to `db` checkpoints the WAL itself once a commit
// leaves it at `frames` frames or more; 0 turns that off. This is PRAGMA
// wal_autocheckpoint, which the WAL hook replaces (SQLite's default is 1000).
void setAutoCheckpoint(const Database &db, int frames);

// The SQLite handle under a Qt Sql connection (QSqlDriver::handle()), or nullptr.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

// For Database: a connection it opened (after its PRAGMAs; `walMode` as the journal
// mode PRAGMA answered), and one it is closing.
void watchConnection(const QSqlDatabase &connection, bool walMode);
void unwatchConnection(const QSqlDatabase &connection);

} // namespace sendivent

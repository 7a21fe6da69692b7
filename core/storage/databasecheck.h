#pragma once

#include <QtCore/QString>

#include <chrono>

namespace sendivent {

// Why a data folder's database cannot be used, told apart so that the message can say
// what to do: a read-only folder holding a good database once read "not a Sendivent
// database", and a user might have deleted it (issue 18).
enum class DatabaseProblem {
    None,
    CannotOpen,  // anything else SQLite or the file system refuses
    ReadOnly,    // the file or its folder cannot be written
    Locked,      // another program holds a lock that outlasts the wait
    Corrupted,   // starts like a SQLite file, but SQLite finds it damaged
    NewerSchema, // written by a newer Sendivent Console
    NotOurs,     // not SQLite at all, or another program's SQLite database
};

struct DatabaseCheck
{
    DatabaseProblem problem = DatabaseProblem::None;
    QString message; // names the file and what to do; empty when problem is None
};

// The value of PRAGMA application_id in our files ('SdvC'): a file carrying another
// program's id is not ours even when it has a table named like one of ours.
inline constexpr int sendiventApplicationId = 0x53647643;

// Looks at the file at `path` through a connection of its own, before anything is
// written to it: its header, whether SQLite can read it, whose schema it holds and
// which version, and whether a write transaction can begin within `busyWait`. Creates
// an empty file when there is none, as opening it would.
DatabaseCheck checkDatabaseFile(const QString &path, int latestSchemaVersion,
                                std::chrono::milliseconds busyWait = std::chrono::seconds(2));

// The messages, shared with Database::open() for what it finds later on its own.
QString newerSchemaMessage(const QString &path, int fileVersion, int latestSchemaVersion);

} // namespace sendivent

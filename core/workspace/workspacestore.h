#pragma once

#include "base/result.h"
#include "workspace.h"

namespace sendivent {

class Database;

// Reads and writes the workspace tables. replace() must run inside the caller's
// Transaction, so that a workspace is never half-written; each replace bumps the
// workspace revision, which readers on other threads compare to know their copy is stale.
class WorkspaceStore final
{
public:
    explicit WorkspaceStore(const Database &db) : m_db(db) {}

    Result<Workspace> load() const;
    Status replace(const Workspace &workspace);

private:
    const Database &m_db;
};

} // namespace sendivent

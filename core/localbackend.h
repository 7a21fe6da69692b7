#pragma once

#include "backend.h"
#include "workspaceservice.h"

namespace sendivent {

class ChangeNotifier;
class Database;

// The backend over the local database, used on the GUI thread with that thread's
// own connection (SQLite in WAL mode lets it read while the server writes).
class LocalBackend final : public Backend
{
    Q_OBJECT
public:
    LocalBackend(const Database &db, ChangeNotifier *notifier, QObject *parent = nullptr);

    QString displayName() const override;
    bool isLocal() const override { return true; }

    QFuture<Result<QList<Event>>> events() override;
    QFuture<Result<Event>> event(const QString &identifier) override;
    QFuture<Result<QList<Integration>>> integrations() override;

    // Local-only: the workspace as a whole.
    WorkspaceService &workspace() { return m_workspace; }

private:
    WorkspaceService m_workspace;
};

} // namespace sendivent

#pragma once

#include <apikeystore.h>
#include <contactservice.h>
#include <workspaceservice.h>

namespace sendivent {
class ChangeNotifier;
class Database;
}

namespace sendivent::server {

// The core services the routes work on, built once per server on the server's thread.
struct ServerContext
{
    ServerContext(const Database &database, ChangeNotifier *changes)
        : db(database)
        , notifier(changes)
        , workspace(database, changes)
        , contacts(database)
        , keys(database)
    {
    }

    const Database &db;
    ChangeNotifier *notifier;
    WorkspaceService workspace;
    ContactService contacts;
    ApiKeyStore keys;
};

class Router;

// One function per resource file registers its routes.
void registerSystemRoutes(Router &router, ServerContext &context);
void registerEventRoutes(Router &router, ServerContext &context);
void registerIntegrationRoutes(Router &router, ServerContext &context);
void registerLocalRoutes(Router &router, ServerContext &context);

} // namespace sendivent::server

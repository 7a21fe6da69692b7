#pragma once

#include <services.h>

#include "deliverywaits.h"
#include "eventstream.h"
#include "webhookdispatcher.h"

namespace sendivent::server {

// What the routes work on: the core services (the composition root, built once per
// server on the server's thread) and the HTTP side's own.
struct ServerContext : Services
{
    ServerContext(const Database &database, ChangeNotifier *changes, Clock &emulatedClock)
        : Services(database, changes, emulatedClock)
        , webhookDispatcher(webhookOutbox)
        , waits(changes)
        , events(deliveries, changes, webhookDispatcher)
    {
        webhookDispatcher.setClock(&clock);
    }
    // What the writer still holds is answered while the HTTP side's objects exist.
    ~ServerContext() override { commits.flush(); }

    WebhookDispatcher webhookDispatcher; // sends the outbox, on the server thread
    DeliveryWaits waits;                 // long-polls of the deliveries routes
    EventStream events;                  // subscribers of GET /_local/events
    bool proxying = false;               // proxy mode: /v1 is forwarded, no fault applies
};

class Router;

// One function per resource file registers its routes.
void registerSystemRoutes(Router &router, ServerContext &context);
void registerEventRoutes(Router &router, ServerContext &context);
void registerIntegrationRoutes(Router &router, ServerContext &context);
void registerLocalRoutes(Router &router, ServerContext &context);
void registerContactRoutes(Router &router, ServerContext &context);
void registerSendRoutes(Router &router, ServerContext &context);
void registerDeliveryRoutes(Router &router, ServerContext &context);
void registerWebhookRoutes(Router &router, ServerContext &context);
void registerLiveEventRoutes(Router &router, ServerContext &context);
void registerClockRoutes(Router &router, ServerContext &context);

// The clock as GET /_local/clock and the clock.changed event tell it.
Json clockJson(const Clock &clock);
void registerFaultRoutes(Router &router, ServerContext &context);
void registerReleaseRoutes(Router &router, ServerContext &context);

} // namespace sendivent::server

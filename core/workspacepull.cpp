#include "workspacepull.h"

#include "fixture.h"

namespace sendivent {

Json fixtureWithRemoteWorkspace(const Workspace &local, const Json &baselineContacts, const QList<Event> &events,
                                const QList<Integration> &integrations)
{
    Workspace pulled = local;
    pulled.events = events;
    pulled.integrations = integrations;
    for (Integration &integration : pulled.integrations)
        integration.secrets = Json::object();
    Json fixture = workspaceToJson(pulled, SecretHandling::Strip);
    fixture["contacts"] = baselineContacts.is_array() ? baselineContacts : Json::array();
    return fixture;
}

} // namespace sendivent

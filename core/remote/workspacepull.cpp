#include "workspacepull.h"

#include "backend/backend.h"
#include "workspace/fixture.h"

#include <QtCore/QPromise>

#include <memory>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

struct Pull
{
    QPromise<Result<RemoteWorkspace>> promise;
    QList<Event> summaries;
    RemoteWorkspace read;

    void finish(Result<RemoteWorkspace> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

Error naming(const Error &error, const QString &what)
{
    Error out = error;
    out.message = what + u": "_s + error.message;
    return out;
}

void readNext(Backend *remote, std::shared_ptr<Pull> pull)
{
    if (pull->read.events.size() < pull->summaries.size()) {
        const QString identifier = pull->summaries[pull->read.events.size()].identifier;
        remote->event(identifier).then(remote, [remote, pull, identifier](const Result<Event> &event) {
            if (!event)
                return pull->finish(naming(event.error(), u"the event %1"_s.arg(identifier)));
            pull->read.events.append(*event);
            readNext(remote, pull);
        });
        return;
    }
    remote->integrations().then(remote, [pull](const Result<QList<Integration>> &integrations) {
        if (!integrations)
            return pull->finish(naming(integrations.error(), u"the integrations"_s));
        pull->read.integrations = *integrations;
        pull->finish(std::move(pull->read));
    });
}

} // namespace

QFuture<Result<RemoteWorkspace>> pullRemoteWorkspace(Backend &remote)
{
    auto pull = std::make_shared<Pull>();
    pull->promise.start();
    QFuture<Result<RemoteWorkspace>> future = pull->promise.future();
    Backend *backend = &remote;
    remote.events().then(backend, [backend, pull](const Result<QList<Event>> &events) {
        if (!events)
            return pull->finish(naming(events.error(), u"the events"_s));
        pull->summaries = *events;
        readNext(backend, pull);
    });
    return future;
}

Json fixtureWithRemoteWorkspace(const Workspace &local, const Json &baselineContacts, const RemoteWorkspace &remote)
{
    Workspace pulled = local;
    pulled.events = remote.events;
    pulled.integrations = remote.integrations;
    for (Integration &integration : pulled.integrations)
        integration.secrets = Json::object();
    Json fixture = workspaceToJson(pulled, SecretHandling::Strip);
    fixture["contacts"] = baselineContacts.is_array() ? baselineContacts : Json::array();
    return fixture;
}

} // namespace sendivent

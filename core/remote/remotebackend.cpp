#include "remotebackend.h"

#include "apijson.h"

#include <QtCore/QUuid>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

// How many pages of events one events() call follows at most (10,000 events).
constexpr int kMaxEventPages = 100;

RemoteRequest request(const QByteArray &method, const QString &path, const QString &query = {})
{
    RemoteRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    return r;
}

RemoteRequest withBody(RemoteRequest r, const Json &body)
{
    r.body = dumpJson(body);
    return r;
}

Error unreadable(const QString &what)
{
    return Error{ErrorCode::ServerError, u"The remote API sent an answer without %1"_s.arg(what), {}};
}

// data.<member> of {"success":true,"data":{…}}.
Result<Json> dataMember(const Json &body, const char *member)
{
    const auto data = body.is_object() ? body.find("data") : body.end();
    if (data == body.end() || !data->is_object() || !data->contains(member))
        return unreadable(u"data.%1"_s.arg(QLatin1String(member)));
    return (*data)[member];
}

Result<Json> data(const Json &body)
{
    const auto data = body.is_object() ? body.find("data") : body.end();
    if (data == body.end() || !data->is_object())
        return unreadable(u"data"_s);
    return *data;
}

qint64 totalOf(const Json &data, qsizetype fallback)
{
    const auto it = data.find("total");
    return it != data.end() && it->is_number_integer() ? it->get<qint64>() : qint64(fallback);
}

QString contactPath(const QString &identifier)
{
    return u"/v1/contacts/"_s + encodePathSegment(identifier);
}

} // namespace

RemoteBackend::RemoteBackend(Environment environment, QUrl baseUrl, QObject *parent)
    : Backend(parent)
    , m_environment(environment)
    , m_client(new RemoteClient(baseUrl.isValid() && !baseUrl.isEmpty() ? std::move(baseUrl) : defaultRemoteUrl(environment),
                                this))
{
}

QString RemoteBackend::displayName() const
{
    return m_environment == Environment::Production ? tr("Production") : tr("Sandbox");
}

QFuture<Result<RemoteBackend::Answer>> RemoteBackend::call(RemoteRequest r)
{
    return m_client->send(std::move(r)).then(this, [](const RemoteReply &reply) -> Result<Answer> {
        if (auto error = replyError(reply))
            return *error;
        Answer answer{reply.status, Json::object(), reply.headers};
        if (!reply.body.trimmed().isEmpty()) {
            QString problem;
            auto body = parseJson(reply.body, &problem);
            if (!body)
                return Error{ErrorCode::ServerError, u"The remote API sent an answer that is not JSON ("_s + problem + u')', {}};
            answer.body = std::move(*body);
        }
        return answer;
    });
}

template <typename T, typename Read>
QFuture<Result<T>> RemoteBackend::fetch(RemoteRequest r, Read read, bool writes)
{
    return call(std::move(r)).then(this, [this, read, writes](const Result<Answer> &answer) -> Result<T> {
        if (!answer)
            return answer.error();
        Result<T> out = read(*answer);
        if (out && writes)
            Q_EMIT dataChanged();
        return out;
    });
}

QFuture<Result<QList<Event>>> RemoteBackend::events()
{
    auto promise = std::make_shared<QPromise<Result<QList<Event>>>>();
    promise->start();
    QFuture<Result<QList<Event>>> future = promise->future();
    collectEvents(promise, {}, 0);
    return future;
}

void RemoteBackend::collectEvents(std::shared_ptr<QPromise<Result<QList<Event>>>> promise, QList<Event> collected, int page)
{
    const QString query = encodeQuery({{u"limit"_s, QString::number(kEventPageSize)},
                                       {u"offset"_s, QString::number(collected.size())}});
    call(request("GET", u"/v1/events"_s, query))
        .then(this, [this, promise, collected = std::move(collected), page](const Result<Answer> &answer) mutable {
            const auto finish = [&promise](Result<QList<Event>> result) {
                promise->addResult(std::move(result));
                promise->finish();
            };
            if (!answer)
                return finish(answer.error());
            auto d = data(answer->body);
            if (!d)
                return finish(d.error());
            auto items = listFromJson<Event>(*d, "events", eventFromJson);
            if (!items)
                return finish(items.error());
            collected += *items;
            if (items->isEmpty() || collected.size() >= totalOf(*d, collected.size()) || page + 1 >= kMaxEventPages)
                return finish(std::move(collected));
            collectEvents(promise, std::move(collected), page + 1);
        });
}

QFuture<Result<Event>> RemoteBackend::event(const QString &identifier)
{
    return fetch<Event>(request("GET", u"/v1/events/"_s + encodePathSegment(identifier)),
                        [](const Answer &a) -> Result<Event> {
                            auto e = dataMember(a.body, "event");
                            return e ? eventFromJson(*e) : Result<Event>(e.error());
                        });
}

QFuture<Result<QList<Integration>>> RemoteBackend::integrations()
{
    return fetch<QList<Integration>>(request("GET", u"/v1/integrations"_s),
                                     [](const Answer &a) -> Result<QList<Integration>> {
                                         auto d = data(a.body);
                                         return d ? listFromJson<Integration>(*d, "integrations", integrationFromJson)
                                                  : Result<QList<Integration>>(d.error());
                                     });
}

QFuture<Result<ContactPage>> RemoteBackend::contacts(const QString &search, int limit, int offset)
{
    QList<QPair<QString, QString>> query{{u"limit"_s, QString::number(limit)}, {u"offset"_s, QString::number(offset)}};
    if (!search.isEmpty())
        query.append({u"search"_s, search});
    return fetch<ContactPage>(request("GET", u"/v1/contacts"_s, encodeQuery(query)),
                              [](const Answer &a) -> Result<ContactPage> {
                                  auto d = data(a.body);
                                  if (!d)
                                      return d.error();
                                  auto items = listFromJson<Contact>(*d, "contacts", contactFromJson);
                                  if (!items)
                                      return items.error();
                                  const qint64 total = totalOf(*d, items->size());
                                  return ContactPage{std::move(*items), total};
                              });
}

namespace {

Result<Contact> contactOf(const Json &body)
{
    auto c = dataMember(body, "contact");
    return c ? contactFromJson(*c) : Result<Contact>(c.error());
}

Result<Webhook> webhookOf(const Json &body)
{
    auto w = dataMember(body, "webhook");
    return w ? webhookFromJson(*w) : Result<Webhook>(w.error());
}

} // namespace

QFuture<Result<Contact>> RemoteBackend::contact(const QString &identifier)
{
    return fetch<Contact>(request("GET", contactPath(identifier)), [](const Answer &a) { return contactOf(a.body); });
}

QFuture<Result<SavedContact>> RemoteBackend::saveContact(const ContactInput &input)
{
    return fetch<SavedContact>(withBody(request("POST", u"/v1/contacts"_s), contactInputToJson(input)),
                               [](const Answer &a) -> Result<SavedContact> {
                                   auto c = contactOf(a.body);
                                   if (!c)
                                       return c.error();
                                   return SavedContact{std::move(*c), a.status == 201};
                               },
                               true);
}

QFuture<Result<Contact>> RemoteBackend::updateContact(const QString &identifier, const ContactInput &input)
{
    return fetch<Contact>(withBody(request("PATCH", contactPath(identifier)), contactInputToJson(input)),
                          [](const Answer &a) { return contactOf(a.body); }, true);
}

QFuture<Status> RemoteBackend::deleteContact(const QString &identifier)
{
    return call(request("DELETE", contactPath(identifier))).then(this, [this](const Result<Answer> &answer) -> Status {
        if (!answer)
            return answer.error();
        Q_EMIT dataChanged();
        return {};
    });
}

QFuture<Result<Contact>> RemoteBackend::addPushToken(const QString &identifier, const QString &token)
{
    return fetch<Contact>(withBody(request("POST", contactPath(identifier) + u"/push-tokens"_s), Json{{"token", toStd(token)}}),
                          [](const Answer &a) { return contactOf(a.body); }, true);
}

QFuture<Result<Contact>> RemoteBackend::removePushToken(const QString &identifier, const QString &token)
{
    return fetch<Contact>(withBody(request("DELETE", contactPath(identifier) + u"/push-tokens"_s), Json{{"token", toStd(token)}}),
                          [](const Answer &a) { return contactOf(a.body); }, true);
}

QFuture<Result<DeliveryPage>> RemoteBackend::deliveries(const DeliveryQuery &q)
{
    // What the reference's GET /v1/deliveries cannot filter by is refused, never
    // dropped: a list that looks filtered but is not would mislead.
    if (q.statuses.size() > 1 || q.oldestFirst || !q.search.isEmpty() || q.environment || q.createdFrom.isValid()
        || q.createdBefore.isValid()) {
        return QtFuture::makeReadyFuture(Result<DeliveryPage>(Error::validation(
            u"The remote API cannot filter this way"_s,
            {{u"query"_s, u"GET /v1/deliveries filters by event, channel and one status only, newest first"_s}})));
    }
    QList<QPair<QString, QString>> query{{u"limit"_s, QString::number(q.limit)}, {u"offset"_s, QString::number(q.offset)}};
    if (!q.event.isEmpty())
        query.append({u"event"_s, q.event});
    if (q.channel)
        query.append({u"channel"_s, channelName(*q.channel)});
    if (!q.statuses.isEmpty())
        query.append({u"status"_s, q.statuses.first()});
    return fetch<DeliveryPage>(request("GET", u"/v1/deliveries"_s, encodeQuery(query)),
                               [](const Answer &a) -> Result<DeliveryPage> {
                                   auto d = data(a.body);
                                   if (!d)
                                       return d.error();
                                   auto items = listFromJson<Delivery>(*d, "deliveries", deliveryFromJson);
                                   if (!items)
                                       return items.error();
                                   const qint64 total = totalOf(*d, items->size());
                                   return DeliveryPage{std::move(*items), total};
                               });
}

QFuture<Result<DeliveryTrace>> RemoteBackend::deliveryTrace(const QString &uuid)
{
    return fetch<DeliveryTrace>(
        request("GET", u"/v1/deliveries/"_s + encodePathSegment(uuid) + u"/trace"_s),
        [](const Answer &a) -> Result<DeliveryTrace> {
            auto d = data(a.body);
            if (!d)
                return d.error();
            auto delivery = deliveryFromJson(d->value("delivery", Json()));
            if (!delivery)
                return delivery.error();
            auto timeline = timelineFromJson(d->value("timeline", Json()));
            if (!timeline)
                return timeline.error();
            DeliveryTrace trace{std::move(*delivery), Json::array()};
            trace.delivery.timeline = std::move(*timeline);
            if (const Json content = d->value("content", Json()); content.is_object())
                trace.delivery.content = content;
            if (const Json sent = d->value("sent", Json()); sent.is_object())
                trace.delivery.sent = dumpJson(sent); // the local server's extension
            if (const Json attempts = d->value("webhook_attempts", Json()); attempts.is_array())
                trace.webhookAttempts = attempts;
            return trace;
        });
}

QFuture<Result<std::optional<Webhook>>> RemoteBackend::webhook()
{
    return fetch<std::optional<Webhook>>(request("GET", u"/v1/webhooks"_s),
                                         [](const Answer &a) -> Result<std::optional<Webhook>> {
                                             auto w = dataMember(a.body, "webhook");
                                             if (!w)
                                                 return w.error();
                                             if (w->is_null())
                                                 return std::optional<Webhook>();
                                             auto webhook = webhookFromJson(*w);
                                             if (!webhook)
                                                 return webhook.error();
                                             return std::optional<Webhook>(std::move(*webhook));
                                         });
}

QFuture<Result<Webhook>> RemoteBackend::createWebhook(const WebhookInput &input)
{
    return fetch<Webhook>(withBody(request("POST", u"/v1/webhooks"_s), webhookInputToJson(input)),
                          [](const Answer &a) { return webhookOf(a.body); }, true);
}

QFuture<Result<Webhook>> RemoteBackend::updateWebhook(const QString &uuid, const WebhookInput &input)
{
    return fetch<Webhook>(withBody(request("PATCH", u"/v1/webhooks/"_s + encodePathSegment(uuid)), webhookInputToJson(input)),
                          [](const Answer &a) { return webhookOf(a.body); }, true);
}

QFuture<Status> RemoteBackend::deleteWebhook(const QString &uuid)
{
    return call(request("DELETE", u"/v1/webhooks/"_s + encodePathSegment(uuid)))
        .then(this, [this](const Result<Answer> &answer) -> Status {
            if (!answer)
                return answer.error();
            Q_EMIT dataChanged();
            return {};
        });
}

QFuture<Result<SendAnswer>> RemoteBackend::send(const QString &event, std::optional<Channel> channel, const Json &body)
{
    QString path = u"/v1/send/"_s + encodePathSegment(event);
    if (channel)
        path += u'/' + channelName(*channel);
    RemoteRequest r = withBody(request("POST", path), body);
    r.headers.append({"X-Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    return m_client->send(std::move(r)).then(this, [this](const RemoteReply &reply) -> Result<SendAnswer> {
        // A send that reached no one answers 4xx/502 with the send shape, not the
        // error envelope: that is an answer, with its errors listed.
        if (!reply.failure) {
            const auto parsed = parseJson(reply.body);
            if (parsed && parsed->is_object() && parsed->contains("deliveries")) {
                auto answer = sendAnswerFromJson(*parsed);
                if (!answer)
                    return answer.error();
                answer->replayed = reply.header("X-Idempotent-Replay") == "true";
                Q_EMIT dataChanged();
                return answer;
            }
        }
        if (auto error = replyError(reply))
            return *error;
        return unreadable(u"deliveries"_s);
    });
}

} // namespace sendivent

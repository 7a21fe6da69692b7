#include "webhookservice.h"

#include "base/timeutil.h"
#include "deliveries/delivery.h"
#include "storage/database.h"
#include "webhooksignature.h"

#include <QtCore/QUrl>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxUrlLength = 2048;
constexpr int kMaxDescriptionLength = 500;

const QString kColumns =
    u"id, uuid, url, enabled_events, description, is_active, signing_secret, created_at, updated_at"_s;

Webhook readWebhook(const QSqlQuery &q)
{
    Webhook w;
    w.uuid = q.value(1).toString();
    w.url = q.value(2).toString();
    if (auto events = parseJson(q.value(3).toString().toUtf8()); events && events->is_array()) {
        for (const Json &e : *events) {
            if (e.is_string())
                w.enabledEvents << toQt(e.get<std::string>());
        }
    }
    w.description = q.value(4).toString();
    w.isActive = q.value(5).toBool();
    w.signingSecret = q.value(6).toString();
    w.createdAt = fromStoredTime(q.value(7));
    w.updatedAt = fromStoredTime(q.value(8));
    return w;
}

QString eventsJson(const QStringList &events)
{
    Json list = Json::array();
    for (const QString &e : events)
        list.push_back(toStd(e));
    return QString::fromUtf8(dumpJson(list));
}

Error notFound(const QString &uuid)
{
    return Error{ErrorCode::WebhookNotFound, u"Webhook '%1' not found"_s.arg(uuid), {}};
}

// Pending messages of an endpoint that will not be sent any more.
Status cancelPending(const Database &db, qint64 webhookId, const QString &why)
{
    auto q = execSql(db,
                     u"UPDATE webhook_messages SET state = 'cancelled', next_attempt_at = NULL, last_error = ?"
                     u" WHERE webhook_id = ? AND state = 'pending'"_s,
                     {why, webhookId});
    if (!q)
        return q.error();
    return {};
}

} // namespace

WebhookService::WebhookService(const Database &db)
    : m_db(db)
{
}

Result<WebhookInput> WebhookService::readInput(const Json &body)
{
    if (!body.is_object())
        return Error::validation(u"The body must be a JSON object"_s);
    WebhookInput input;
    QList<FieldError> problems;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const std::string &key = it.key();
        const Json &value = it.value();
        const QString field = toQt(key);
        if (key == "url") {
            if (value.is_string())
                input.url = toQt(value.get<std::string>());
            else
                problems.append({field, u"must be a string"_s});
        } else if (key == "enabled_events") {
            if (!value.is_array()) {
                problems.append({field, u"must be a list of event types"_s});
                continue;
            }
            QStringList events;
            for (size_t i = 0; i < value.size(); ++i) {
                if (value[i].is_string())
                    events << toQt(value[i].get<std::string>());
                else
                    problems.append({u"enabled_events[%1]"_s.arg(i), u"must be a string"_s});
            }
            input.enabledEvents = events;
        } else if (key == "description") {
            if (value.is_null())
                input.description = QString();
            else if (value.is_string())
                input.description = toQt(value.get<std::string>());
            else
                problems.append({field, u"must be a string or null"_s});
        } else if (key == "is_active") {
            if (value.is_boolean())
                input.isActive = value.get<bool>();
            else
                problems.append({field, u"must be true or false"_s});
        } else if (key == "uuid" || key == "signing_secret" || key == "created_at" || key == "updated_at") {
            continue; // echoed back from an answer
        } else {
            problems.append({field, u"unknown field (url, enabled_events, description, is_active)"_s});
        }
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid webhook: %1 %2"_s.arg(problems.first().field, problems.first().message),
                                 problems);
    return input;
}

Status WebhookService::validate(const WebhookInput &input, bool creating)
{
    QList<FieldError> problems;
    if (input.url) {
        const QString &text = *input.url;
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (text.trimmed().isEmpty())
            problems.append({u"url"_s, u"must not be empty"_s});
        else if (text.size() > kMaxUrlLength)
            problems.append({u"url"_s, u"must be at most %1 characters"_s.arg(kMaxUrlLength)});
        else if (!url.isValid() || url.isRelative())
            problems.append({u"url"_s, u"'%1' is not an absolute URL"_s.arg(text)});
        else if (scheme != u"http"_s && scheme != u"https"_s)
            problems.append({u"url"_s, u"must be an http or https URL, not %1"_s.arg(scheme)});
        else if (url.host().isEmpty())
            problems.append({u"url"_s, u"'%1' has no host"_s.arg(text)});
    } else if (creating) {
        problems.append({u"url"_s, u"is required"_s});
    }
    if (input.enabledEvents) {
        if (input.enabledEvents->isEmpty())
            problems.append({u"enabled_events"_s, u"must name at least one event type (%1)"_s.arg(
                                                      webhookEventTypes().join(u", "_s))});
        for (qsizetype i = 0; i < input.enabledEvents->size(); ++i) {
            const QString &event = input.enabledEvents->at(i);
            if (!webhookEventTypes().contains(event))
                problems.append({u"enabled_events[%1]"_s.arg(i),
                                 u"'%1' is not an event type (%2)"_s.arg(event, webhookEventTypes().join(u", "_s))});
        }
    }
    if (input.description && input.description->size() > kMaxDescriptionLength)
        problems.append({u"description"_s, u"must be at most %1 characters"_s.arg(kMaxDescriptionLength)});
    if (!problems.isEmpty())
        return Error::validation(u"Invalid webhook: %1 %2"_s.arg(problems.first().field, problems.first().message),
                                 problems);
    return {};
}

Result<std::optional<Webhook>> WebhookService::current() const
{
    auto q = execSql(m_db, u"SELECT "_s + kColumns + u" FROM webhooks LIMIT 1"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Webhook>();
    return std::optional<Webhook>(readWebhook(*q));
}

Result<Webhook> WebhookService::findRow(const QString &uuid, qint64 *id) const
{
    auto q = execSql(m_db, u"SELECT "_s + kColumns + u" FROM webhooks WHERE uuid = ?"_s, {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(uuid);
    if (id)
        *id = q->value(0).toLongLong();
    return readWebhook(*q);
}

Result<Webhook> WebhookService::create(const WebhookInput &input)
{
    if (Status s = validate(input, true); !s)
        return s.error();
    Webhook w;
    w.uuid = randomUuid();
    w.url = *input.url;
    // No list given: every event type, as an endpoint that asked for nothing in
    // particular wants to hear everything.
    w.enabledEvents = input.enabledEvents ? *input.enabledEvents : webhookEventTypes();
    w.enabledEvents.removeDuplicates();
    w.description = input.description.value_or(QString());
    w.isActive = input.isActive.value_or(true);
    w.signingSecret = webhooksignature::generateSecret();
    w.createdAt = QDateTime::currentDateTimeUtc();
    w.updatedAt = w.createdAt;
    auto q = execSql(m_db,
                     u"INSERT INTO webhooks (uuid, url, enabled_events, description, is_active, signing_secret,"
                     u" created_at, updated_at) VALUES (?, ?, ?, coalesce(?, ''), ?, ?, ?, ?) ON CONFLICT (singleton) DO NOTHING"_s,
                     {w.uuid, w.url, eventsJson(w.enabledEvents), w.description, w.isActive, w.signingSecret,
                      toStoredTime(w.createdAt), toStoredTime(w.updatedAt)});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::Conflict,
                     u"A webhook endpoint already exists; update it (PATCH /v1/webhooks/{uuid}) or delete it first"_s,
                     {}};
    return w;
}

Result<Webhook> WebhookService::update(const QString &uuid, const WebhookInput &input)
{
    if (Status s = validate(input, false); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return databaseError();
    qint64 id = 0;
    auto found = findRow(uuid, &id);
    if (!found)
        return found.error();
    Webhook w = *found;
    const Webhook before = w;
    if (input.url)
        w.url = *input.url;
    if (input.enabledEvents) {
        w.enabledEvents = *input.enabledEvents;
        w.enabledEvents.removeDuplicates();
    }
    if (input.description)
        w.description = *input.description;
    if (input.isActive)
        w.isActive = *input.isActive;
    if (w == before)
        return w; // nothing changed: updated_at stays
    w.updatedAt = QDateTime::currentDateTimeUtc();
    auto q = execSql(m_db,
                     u"UPDATE webhooks SET url = ?, enabled_events = ?, description = coalesce(?, ''), is_active = ?,"
                     u" updated_at = ? WHERE id = ?"_s,
                     {w.url, eventsJson(w.enabledEvents), w.description, w.isActive, toStoredTime(w.updatedAt), id});
    if (!q)
        return q.error();
    if (before.isActive && !w.isActive) {
        if (Status s = cancelPending(m_db, id, u"The endpoint was disabled"_s); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return w;
}

Status WebhookService::remove(const QString &uuid)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return databaseError();
    qint64 id = 0;
    auto found = findRow(uuid, &id);
    if (!found)
        return found.error();
    if (Status s = cancelPending(m_db, id, u"The endpoint was deleted"_s); !s)
        return s;
    auto q = execSql(m_db, u"DELETE FROM webhooks WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    return tx.commit();
}

Result<Webhook> WebhookService::rotateSecret(const QString &uuid)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return databaseError();
    qint64 id = 0;
    auto found = findRow(uuid, &id);
    if (!found)
        return found.error();
    Webhook w = *found;
    w.signingSecret = webhooksignature::generateSecret();
    w.updatedAt = QDateTime::currentDateTimeUtc();
    auto q = execSql(m_db, u"UPDATE webhooks SET signing_secret = ?, updated_at = ? WHERE id = ?"_s,
                     {w.signingSecret, toStoredTime(w.updatedAt), id});
    if (!q)
        return q.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return w;
}

} // namespace sendivent

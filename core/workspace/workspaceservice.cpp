#include "workspaceservice.h"

#include "changenotifier.h"
#include "contacts/contactservice.h"
#include "storage/database.h"
#include "workspacestore.h"

#include <QtCore/QFile>

#include <algorithm>
#include <array>

namespace sendivent {

using namespace Qt::StringLiterals;

WorkspaceService::WorkspaceService(const Database &db, ChangeNotifier *notifier)
    : m_db(db)
    , m_notifier(notifier)
    , m_statements(db)
{
}

QStringList WorkspaceService::trafficTables()
{
    return {u"delivery_events"_s,  u"deliveries"_s,       u"idempotency_keys"_s, u"journal"_s,
            u"webhook_attempts"_s, u"webhook_messages"_s, u"push_tokens"_s,      u"contacts"_s};
}

Result<WorkspaceService::Snapshot> WorkspaceService::current()
{
    auto stored = storedRevision();
    if (!stored)
        return stored.error();
    return current(*stored);
}

Result<WorkspaceService::Snapshot> WorkspaceService::current(qint64 revision)
{
    if (!m_snapshot || revision != m_revision) {
        auto loaded = WorkspaceStore(m_db).load();
        if (!loaded)
            return loaded.error();
        m_snapshot = std::make_shared<const Workspace>(std::move(*loaded));
        m_revision = revision;
    }
    return m_snapshot;
}

Status WorkspaceService::replace(const Workspace &workspace)
{
    // Re-validate through the fixture reader, so the GUI and the API share one set of rules.
    auto parsed = parseWorkspaceFixture(workspaceToJson(workspace, SecretHandling::Include), handlebarsSyntaxError);
    if (!parsed)
        return parsed.error();
    Transaction tx(m_db);
    if (Status s = WorkspaceStore(m_db).replace(workspace); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (m_notifier)
        Q_EMIT m_notifier->workspaceChanged();
    return {};
}

namespace {

// The contact columns a baseline keeps, in the order of the INSERT that restores them.
constexpr std::array kContactColumns{"uuid",  "email",    "phone", "external_id", "slack",      "telegram",
                                     "discord", "name", "avatar", "username",    "meta", "created_at",
                                     "updated_at"};
constexpr auto kBaselineKey = "baseline";

QVariant toVariant(const Json &value)
{
    if (value.is_null())
        return QVariant();
    if (value.is_number_integer())
        return QVariant::fromValue<qint64>(value.get<qint64>());
    return QVariant(toQt(value.get<std::string>()));
}

Json toJson(const QVariant &value)
{
    if (value.isNull())
        return nullptr;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
    return toStd(value.toString());
}

} // namespace

Result<WorkspaceService::ImportSummary> WorkspaceService::importFixture(const Json &json, ImportOptions options)
{
    auto parsed = parseWorkspaceFixture(json, handlebarsSyntaxError);
    if (!parsed)
        return parsed.error();

    QList<FieldError> problems;
    std::vector<ContactInput> contacts;
    for (size_t i = 0; i < parsed->contacts.size(); ++i) {
        auto input = parseContactInput(parsed->contacts[i]);
        const QString where = u"contacts[%1]"_s.arg(i);
        if (!input) {
            if (input.error().details.isEmpty())
                problems.append({where, input.error().message});
            for (const FieldError &d : input.error().details)
                problems.append({where + u'.' + d.field, d.message});
        } else if (!input->hasIdentifier()) {
            problems.append({where, u"needs an email, phone or externalId"_s});
        } else {
            contacts.push_back(std::move(*input));
        }
    }
    if (!problems.isEmpty())
        return Error::validation(u"The workspace fixture is invalid (%1 problem(s))"_s.arg(problems.size()), problems);

    // An exported fixture carries no secrets: integrations that come without any keep
    // the ones stored for the same channel and provider.
    const Json &givenIntegrations = json.contains("integrations") ? json["integrations"] : Json::array();
    if (auto stored = current()) {
        for (qsizetype i = 0; i < parsed->workspace.integrations.size() && size_t(i) < givenIntegrations.size(); ++i) {
            if (givenIntegrations[i].contains("secrets"))
                continue;
            Integration &integration = parsed->workspace.integrations[i];
            for (const Integration &old : (*stored)->integrations) {
                if (old.channel == integration.channel && old.provider == integration.provider)
                    integration.secrets = old.secrets;
            }
        }
    }

    ImportSummary summary;
    summary.events = int(parsed->workspace.events.size());
    Transaction tx(m_db);
    if (Status s = WorkspaceStore(m_db).replace(parsed->workspace); !s)
        return s.error();
    if (!options.keepContacts) {
        for (const QString &sql : {u"DELETE FROM push_tokens"_s, u"DELETE FROM contacts"_s}) {
            if (auto q = execSql(m_db, sql); !q)
                return q.error();
        }
    }
    ContactService contactService(m_db);
    QStringList baseline;
    for (size_t i = 0; i < contacts.size(); ++i) {
        auto upserted = contactService.upsert(contacts[i], parsed->workspace.plan.contactLimit);
        if (!upserted) {
            if (upserted.error().code == ErrorCode::ServerError)
                return upserted.error();
            problems.append({u"contacts[%1]"_s.arg(i), upserted.error().message});
            continue;
        }
        ++(upserted->created ? summary.contactsCreated : summary.contactsUpdated);
        baseline.append(upserted->contact.uuid);
    }
    if (!problems.isEmpty())
        return Error::validation(u"The workspace fixture is invalid (%1 problem(s))"_s.arg(problems.size()), problems);
    Json fixtureContacts = Json::array();
    for (const Json &c : parsed->contacts)
        fixtureContacts.push_back(c);
    if (Status s = storeBaseline(baseline, fixtureContacts); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (m_notifier) {
        Q_EMIT m_notifier->workspaceChanged();
        Q_EMIT m_notifier->contactsChanged();
    }
    return summary;
}

Status WorkspaceService::storeBaseline(const QStringList &uuids, const Json &fixtureContacts)
{
    QString columns;
    for (const char *column : kContactColumns)
        columns += (columns.isEmpty() ? u""_s : u", "_s) + QLatin1StringView(column);
    Json rows = Json::array();
    for (const QString &uuid : uuids) {
        auto q = execSql(m_db, u"SELECT "_s + columns + u" FROM contacts WHERE uuid = ?"_s, {uuid});
        if (!q)
            return q.error();
        if (!q->next())
            continue; // the same contact listed twice in the fixture: kept once
        Json row = Json::object();
        for (size_t i = 0; i < kContactColumns.size(); ++i)
            row[kContactColumns[i]] = toJson(q->value(int(i)));
        Json tokens = Json::array();
        auto t = execSql(m_db,
                         u"SELECT p.token, p.created_at FROM push_tokens p JOIN contacts c ON c.id = p.contact_id"
                         " WHERE c.uuid = ? ORDER BY p.created_at, p.token"_s,
                         {uuid});
        if (!t)
            return t.error();
        while (t->next())
            tokens.push_back(Json{{"token", toStd(t->value(0).toString())}, {"created_at", t->value(1).toLongLong()}});
        row["push_tokens"] = std::move(tokens);
        if (std::none_of(rows.begin(), rows.end(), [&row](const Json &r) { return r["uuid"] == row["uuid"]; }))
            rows.push_back(std::move(row));
    }
    const Json baseline{{"contacts", fixtureContacts}, {"rows", std::move(rows)}};
    auto q = execSql(m_db, u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s,
                     {QString::fromLatin1(kBaselineKey), QString::fromUtf8(dumpJson(baseline))});
    if (!q)
        return q.error();
    return {};
}

Result<Json> WorkspaceService::exportFixture()
{
    auto ws = current();
    if (!ws)
        return ws.error();
    Json fixture = workspaceToJson(**ws, SecretHandling::Strip);
    auto q = execSql(m_db, u"SELECT value FROM settings WHERE key = ?"_s, {QString::fromLatin1(kBaselineKey)});
    if (!q)
        return q.error();
    Json contacts = Json::array();
    if (q->next()) {
        if (auto baseline = parseJson(q->value(0).toString().toUtf8()); baseline && baseline->contains("contacts"))
            contacts = (*baseline)["contacts"];
    }
    fixture["contacts"] = std::move(contacts);
    return fixture;
}

Status WorkspaceService::resetToBaseline(ResetOptions options)
{
    Transaction tx(m_db);
    QStringList tables = trafficTables();
    if (options.webhookEndpoint)
        tables.append(u"webhooks"_s);
    for (const QString &table : std::as_const(tables)) {
        auto q = execSql(m_db, u"DELETE FROM "_s + table);
        if (!q)
            return q.error();
    }
    auto stored = execSql(m_db, u"SELECT value FROM settings WHERE key = ?"_s, {QString::fromLatin1(kBaselineKey)});
    if (!stored)
        return stored.error();
    const Json baseline = stored->next() ? parseJson(stored->value(0).toString().toUtf8()).value_or(Json::object())
                                         : Json::object();
    QString columns;
    QString marks;
    for (const char *column : kContactColumns) {
        columns += (columns.isEmpty() ? u""_s : u", "_s) + QLatin1StringView(column);
        marks += marks.isEmpty() ? u"?"_s : u", ?"_s;
    }
    const QString insertContact = u"INSERT INTO contacts ("_s + columns + u") VALUES ("_s + marks + u')';
    for (const Json &row : baseline.value("rows", Json::array())) {
        QVariantList binds;
        for (const char *column : kContactColumns)
            binds.append(toVariant(row.value(column, Json(nullptr))));
        if (auto q = execSql(m_db, insertContact, binds); !q)
            return q.error();
        for (const Json &token : row.value("push_tokens", Json::array())) {
            auto q = execSql(m_db,
                             u"INSERT INTO push_tokens (contact_id, token, created_at)"
                             " SELECT id, ?, ? FROM contacts WHERE uuid = ?"_s,
                             {toVariant(token["token"]), toVariant(token["created_at"]), toVariant(row["uuid"])});
            if (!q)
                return q.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (m_notifier) {
        Q_EMIT m_notifier->trafficReset();
        Q_EMIT m_notifier->contactsChanged();
    }
    return {};
}

Json WorkspaceService::demoFixture()
{
    QFile file(u":/sendivent/demo-workspace.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Json::object();
    return parseJson(file.readAll()).value_or(Json::object());
}

Result<qint64> WorkspaceService::storedRevision()
{
    qint64 revision = 0; // none stored yet: an empty database
    const Status read = m_statements.query(u"SELECT value FROM settings WHERE key = 'revision'"_s, {},
                                           [&revision](const StatementCache::Row &q) { revision = q.value(0).toLongLong(); });
    if (!read)
        return read.error();
    return revision;
}

Status WorkspaceService::seedDemoIfEmpty()
{
    auto revision = storedRevision();
    if (!revision)
        return revision.error();
    if (*revision > 0)
        return {};
    auto imported = importFixture(demoFixture());
    if (!imported)
        return imported.error();
    return {};
}

} // namespace sendivent

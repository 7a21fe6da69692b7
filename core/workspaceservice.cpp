#include "workspaceservice.h"

#include "changenotifier.h"
#include "contactservice.h"
#include "database.h"
#include "workspacestore.h"

#include <QtCore/QFile>

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
    return {u"delivery_events"_s, u"deliveries"_s, u"idempotency_keys"_s, u"push_tokens"_s, u"contacts"_s, u"journal"_s};
}

Result<WorkspaceService::Snapshot> WorkspaceService::current()
{
    auto stored = storedRevision();
    if (!stored)
        return stored.error();
    const qint64 revision = *stored;
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

Result<WorkspaceService::ImportSummary> WorkspaceService::importFixture(const Json &json)
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

    ImportSummary summary;
    summary.events = int(parsed->workspace.events.size());
    Transaction tx(m_db);
    if (Status s = WorkspaceStore(m_db).replace(parsed->workspace); !s)
        return s.error();
    ContactService contactService(m_db);
    for (size_t i = 0; i < contacts.size(); ++i) {
        auto upserted = contactService.upsert(contacts[i], parsed->workspace.plan.contactLimit);
        if (!upserted) {
            if (upserted.error().code == ErrorCode::ServerError)
                return upserted.error();
            problems.append({u"contacts[%1]"_s.arg(i), upserted.error().message});
            continue;
        }
        ++(upserted->created ? summary.contactsCreated : summary.contactsUpdated);
    }
    if (!problems.isEmpty())
        return Error::validation(u"The workspace fixture is invalid (%1 problem(s))"_s.arg(problems.size()), problems);
    if (Status s = tx.commit(); !s)
        return s.error();
    if (m_notifier) {
        Q_EMIT m_notifier->workspaceChanged();
        if (!contacts.empty())
            Q_EMIT m_notifier->contactsChanged();
    }
    return summary;
}

Result<Json> WorkspaceService::exportFixture()
{
    auto ws = current();
    if (!ws)
        return ws.error();
    return workspaceToJson(**ws, SecretHandling::Strip);
}

Status WorkspaceService::resetTraffic()
{
    Transaction tx(m_db);
    for (const QString &table : trafficTables()) {
        auto q = execSql(m_db, u"DELETE FROM "_s + table);
        if (!q)
            return q.error();
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (m_notifier)
        Q_EMIT m_notifier->trafficReset();
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

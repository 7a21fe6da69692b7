#include "contactservice.h"

#include "erasure.h"

#include "base/timeutil.h"
#include "base/validation.h"
#include "changenotifier.h"
#include "emulation/clock.h"
#include "pendingcontacts.h"
#include "storage/database.h"

#include <QtCore/QUuid>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <functional>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

using Column = ContactStore::Column;

// The stored fields: their column, their API name, and where they live in a request
// and in a Contact.
struct Field
{
    const char *column;
    const char *apiName;
    std::optional<QString> ContactInput::*input;
    QString Contact::*contact;
    std::optional<Column> identifier; // set for the unique, look-up-able ones
};

const Field kFields[] = {
    {"email", "email", &ContactInput::email, &Contact::email, Column::Email},
    {"phone", "phone", &ContactInput::phone, &Contact::phone, Column::Phone},
    {"external_id", "externalId", &ContactInput::externalId, &Contact::externalId, Column::ExternalId},
    {"slack", "slack", &ContactInput::slack, &Contact::slack, Column::Slack},
    {"telegram", "telegram", &ContactInput::telegram, &Contact::telegram, Column::Telegram},
    {"discord", "discord", &ContactInput::discord, &Contact::discord, Column::Discord},
    {"name", "name", &ContactInput::name, &Contact::name, std::nullopt},
    {"avatar", "avatar", &ContactInput::avatar, &Contact::avatar, std::nullopt},
    {"username", "username", &ContactInput::username, &Contact::username, std::nullopt},
};

bool hasAnyIdentifier(const Contact &c)
{
    for (const Field &f : kFields) {
        if (f.identifier && !(c.*f.contact).isEmpty())
            return true;
    }
    return false;
}

Json mergedMeta(const Json &current, const ContactInput &input)
{
    Json meta = input.clearMeta || !current.is_object() ? Json::object() : current;
    for (auto it = input.meta.begin(); it != input.meta.end(); ++it) {
        if (it->is_null())
            meta.erase(it.key());
        else
            meta[it.key()] = *it;
    }
    return meta;
}

Error missingIdentifier()
{
    return Error::validation(u"At least one identifier is required: email, phone or externalId"
                             u" (or a slack, telegram or discord id)"_s,
                             {{u"email"_s, u"email, phone or externalId is required"_s}});
}

// Where an identifier is looked for, in order: what it looks like first; anything may
// also be an external id (some systems use emails or UUIDs as theirs), and a bare word
// may be a Slack user ID.
QList<QPair<Column, QString>> lookupOrder(const QString &identifier)
{
    const QString value = identifier.trimmed();
    QList<QPair<Column, QString>> attempts;
    if (value.isEmpty())
        return attempts;
    if (value.contains(u'@')) {
        attempts.append({Column::Email, value.toLower()});
    } else if (value.startsWith(u'+')) {
        QString phone = value;
        phone.remove(u' ');
        if (isValidE164(phone))
            attempts.append({Column::Phone, phone});
    } else if (isUuid(value)) {
        attempts.append({Column::Uuid, value.toLower()});
    }
    attempts.append({Column::ExternalId, value});
    attempts.append({Column::Slack, value});
    return attempts;
}

Error contactNotFound(const QString &identifier)
{
    return {ErrorCode::ContactNotFound, u"Contact '%1' not found"_s.arg(identifier), {}};
}

// Makes a group of statements atomic whether or not the caller already runs a
// transaction (the fixture import upserts inside its own). On its own it begins
// IMMEDIATE, taking the write lock before reading, so a concurrent writer (the GUI
// thread) makes it wait instead of failing at the first write; inside a caller's
// transaction it is a savepoint.
class WriteScope final
{
public:
    explicit WriteScope(const Database &db)
        : m_query(db.connection())
    {
        if (m_query.exec(u"BEGIN IMMEDIATE"_s))
            m_mode = Mode::Transaction;
        else if (m_query.lastError().nativeErrorCode() != "5"_L1 // SQLITE_BUSY: the wait timed out
                 && m_query.exec(u"SAVEPOINT contact_write"_s)) // already inside a transaction
            m_mode = Mode::Savepoint;
    }
    ~WriteScope()
    {
        if (m_mode == Mode::Transaction) {
            m_query.exec(u"ROLLBACK"_s);
        } else if (m_mode == Mode::Savepoint) {
            m_query.exec(u"ROLLBACK TO contact_write"_s);
            m_query.exec(u"RELEASE contact_write"_s);
        }
    }
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    bool isActive() const { return m_mode != Mode::None; }
    Status commit()
    {
        const Mode mode = std::exchange(m_mode, Mode::None);
        if (mode == Mode::None)
            return databaseError();
        if (m_query.exec(mode == Mode::Transaction ? u"COMMIT"_s : u"RELEASE contact_write"_s))
            return {};
        m_mode = mode; // the destructor rolls back
        return databaseError();
    }

private:
    enum class Mode { None, Transaction, Savepoint };
    QSqlQuery m_query;
    Mode m_mode = Mode::None;
};

// The end of a contact write: the commit, then the announcement if anything changed.
Status commitAndAnnounce(WriteScope &scope, bool changed, const std::function<void()> &notify)
{
    if (Status s = scope.commit(); !s)
        return s;
    if (changed)
        notify();
    return {};
}

// The end of a push-token change: the contact as it is now, committed and announced.
Result<ContactService::TokenChange> finishTokenChange(const ContactStore &store, WriteScope &scope, qint64 id,
                                                      bool changed, const std::function<void(const QString &)> &notify)
{
    auto contact = store.load(id);
    if (!contact)
        return contact.error();
    if (Status s = commitAndAnnounce(scope, changed, [&] { notify(contact->uuid); }); !s)
        return s.error();
    return ContactService::TokenChange{std::move(*contact), changed};
}

} // namespace

ContactService::ContactService(const Database &db, ChangeNotifier *notifier)
    : m_db(db)
    , m_store(db)
    , m_statements(db)
    , m_notifier(notifier)
{
}

void ContactService::beforeWrite() const
{
    if (m_beforeWrite)
        m_beforeWrite();
}

void ContactService::notify(const QString &uuid, const QString &change)
{
    if (m_notifier) {
        Q_EMIT m_notifier->contactsChanged();
        Q_EMIT m_notifier->contactChanged(uuid, change);
    }
}

Result<qint64> ContactService::resolveId(const QString &identifier) const
{
    for (const auto &[column, text] : lookupOrder(identifier)) {
        auto id = m_store.idWhere(column, text);
        if (!id)
            return id.error();
        if (id->has_value())
            return **id;
    }
    return contactNotFound(identifier);
}

Result<Contact> ContactService::find(const QString &identifier, const PendingContacts *pending) const
{
    // One query per attempt (not an id lookup and then a load): this is the hot read.
    for (const auto &[column, text] : lookupOrder(identifier)) {
        auto contact = contactWhere(column, text, pending);
        if (!contact)
            return contact.error();
        if (contact->has_value())
            return std::move(**contact);
    }
    return contactNotFound(identifier);
}

Result<ContactPage> ContactService::list(const QString &search, int limit, int offset) const
{
    return m_store.page(search, limit, offset);
}

Result<qint64> ContactService::count() const
{
    return m_store.count();
}

// A pending row stands in for the stored one: it is found by what it holds now, and
// the stored row of the same contact is no longer found by what it held before.
Result<std::optional<Contact>> ContactService::contactWhere(Column column, const QString &value,
                                                            const PendingContacts *pending) const
{
    if (pending && !pending->isEmpty()) {
        if (const Contact *row = pending->find(column, value))
            return std::optional<Contact>(*row);
    }
    auto stored = m_store.loadWhere(column, value);
    if (stored && stored->has_value() && pending && pending->byUuid((*stored)->uuid))
        return std::optional<Contact>();
    return stored;
}

Result<std::optional<Contact>> ContactService::matchingContact(const ContactInput &input,
                                                              const PendingContacts *pending) const
{
    std::optional<Contact> found;
    QString foundBy;
    for (const Field &f : kFields) {
        const auto &value = input.*f.input;
        if (!f.identifier || !value || value->isEmpty())
            continue;
        auto contact = contactWhere(*f.identifier, *value, pending);
        if (!contact)
            return contact.error();
        if (!contact->has_value())
            continue;
        if (found && found->uuid != (*contact)->uuid) {
            return Error{ErrorCode::Conflict,
                         u"%1 and %2 belong to two different contacts"_s.arg(foundBy, QLatin1StringView(f.apiName)),
                         {{QString::fromLatin1(f.apiName), u"belongs to another contact than %1"_s.arg(foundBy)}}};
        }
        found = std::move(*contact);
        foundBy = QString::fromLatin1(f.apiName);
    }
    return found;
}

Status ContactService::checkIdentifiersFree(const ContactInput &input, qint64 id) const
{
    QList<FieldError> taken;
    for (const Field &f : kFields) {
        const auto &value = input.*f.input;
        if (!f.identifier || !value || value->isEmpty())
            continue;
        auto owner = m_store.idWhere(*f.identifier, *value);
        if (!owner)
            return owner.error();
        if (owner->has_value() && **owner != id)
            taken.append({QString::fromLatin1(f.apiName), u"belongs to another contact"_s});
    }
    if (!taken.isEmpty()) {
        return Error{ErrorCode::Conflict, u"The %1 given belongs to another contact"_s.arg(taken.first().field),
                     taken};
    }
    return {};
}

Status ContactService::checkRoomForOne(int contactLimit, const PendingContacts *pending) const
{
    auto total = m_store.count();
    if (!total)
        return total.error();
    const QStringList unstored = pending ? pending->created() : QStringList();
    qint64 count = *total + unstored.size();
    // A pending contact whose group committed a moment ago is counted twice until its
    // send hears back: only at the limit is it worth asking which ones are stored.
    for (qsizetype i = 0; i < unstored.size() && count >= contactLimit; ++i) {
        auto stored = m_store.idWhere(Column::Uuid, unstored[i]);
        if (!stored)
            return stored.error();
        if (stored->has_value())
            --count;
    }
    if (count >= contactLimit) {
        return Error{ErrorCode::QuotaExceeded,
                     u"Contact quota exceeded (%1 contacts on this plan) — upgrade plan"_s.arg(contactLimit), {}};
    }
    return {};
}

Contact ContactService::created(const ContactInput &input) const
{
    Contact contact;
    contact.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const Field &f : kFields)
        contact.*f.contact = (input.*f.input).value_or(QString());
    contact.meta = mergedMeta(Json::object(), input);
    contact.createdAt = QDateTime::fromMSecsSinceEpoch(clockNowMs(m_clock), Qt::UTC);
    contact.updatedAt = contact.createdAt;
    return contact;
}

Result<Contact> ContactService::merged(const Contact &current, const ContactInput &input, bool *changed) const
{
    Contact next = current;
    for (const Field &f : kFields) {
        if (const auto &value = input.*f.input)
            next.*f.contact = *value;
    }
    if (!hasAnyIdentifier(next)) {
        return Error::validation(u"A contact needs at least one identifier; this would remove its last one"_s,
                                 {{u"email"_s, u"email, phone, externalId, slack, telegram or discord is required"_s}});
    }
    next.meta = mergedMeta(current.meta, input);
    *changed = next != current;
    if (*changed) // an upsert or PATCH that changes nothing leaves updated_at alone
        next.updatedAt = QDateTime::fromMSecsSinceEpoch(clockNowMs(m_clock), Qt::UTC);
    return next;
}

Result<ContactService::Upserted> ContactService::plan(const ContactInput &input, int contactLimit,
                                                      const PendingContacts *pending) const
{
    if (!input.hasIdentifier())
        return missingIdentifier();
    auto existing = matchingContact(input, pending);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        bool changed = false;
        auto contact = merged(**existing, input, &changed);
        if (!contact)
            return contact.error();
        return Upserted{std::move(*contact), false, changed};
    }
    if (Status s = checkRoomForOne(contactLimit, pending); !s)
        return s.error();
    return Upserted{created(input), true, true};
}

Result<ContactService::Upserted> ContactService::upsert(const ContactInput &input, int contactLimit)
{
    beforeWrite();
    WriteScope scope(m_db);
    if (!scope.isActive())
        return databaseError();
    auto planned = plan(input, contactLimit, nullptr);
    if (!planned)
        return planned.error();
    if (planned->changed) {
        if (Status s = ContactStore::write(m_statements, planned->contact); !s)
            return s.error();
    }
    const QString change = planned->created ? u"created"_s : u"updated"_s;
    if (Status s = commitAndAnnounce(scope, planned->changed, [&] { notify(planned->contact.uuid, change); }); !s)
        return s.error();
    return planned;
}

Result<Contact> ContactService::update(const QString &identifier, const ContactInput &input)
{
    beforeWrite();
    WriteScope scope(m_db);
    if (!scope.isActive())
        return databaseError();
    auto id = resolveId(identifier);
    if (!id)
        return id.error();
    if (Status s = checkIdentifiersFree(input, *id); !s)
        return s.error();
    auto current = m_store.load(*id);
    if (!current)
        return current.error();
    bool changed = false;
    auto contact = merged(*current, input, &changed);
    if (!contact)
        return contact.error();
    if (changed) {
        if (Status s = ContactStore::write(m_statements, *contact); !s)
            return s.error();
    }
    if (Status s = commitAndAnnounce(scope, changed, [&] { notify(contact->uuid, u"updated"_s); }); !s)
        return s.error();
    return contact;
}

Status ContactService::remove(const QString &identifier)
{
    beforeWrite();
    WriteScope scope(m_db);
    if (!scope.isActive())
        return databaseError();
    auto id = resolveId(identifier);
    if (!id)
        return id.error();
    auto uuid = execSql(m_db, u"SELECT uuid FROM contacts WHERE id = ?"_s, {*id});
    if (!uuid)
        return uuid.error();
    if (!uuid->next())
        return databaseError();
    const QString contactUuid = uuid->value(0).toString();
    uuid->finish();
    for (const QString &statement : erasure::contactStatements()) {
        if (auto q = execSql(m_db, statement, {contactUuid}); !q)
            return q.error();
    }
    return commitAndAnnounce(scope, true, [&] { notify(contactUuid, u"deleted"_s); });
}

Result<ContactService::TokenChange> ContactService::addPushToken(const QString &identifier, const QString &rawToken)
{
    const QString token = rawToken.trimmed();
    if (token.isEmpty() || token.size() > kMaxPushTokenLength) {
        const QString rule = u"must be a non-empty string of at most %1 characters"_s.arg(kMaxPushTokenLength);
        return Error::validation(u"Invalid push token"_s, {{u"token"_s, rule}});
    }
    beforeWrite();
    WriteScope scope(m_db);
    if (!scope.isActive())
        return databaseError();
    auto id = resolveId(identifier);
    if (!id)
        return id.error();
    auto holder = execSql(m_db, u"SELECT contact_id FROM push_tokens WHERE token = ?"_s, {token});
    if (!holder)
        return holder.error();
    bool alreadyHere = false;
    while (holder->next())
        alreadyHere = alreadyHere || holder->value(0).toLongLong() == *id;
    holder->finish();

    const bool changed = !alreadyHere;
    if (changed) {
        const qint64 now = clockNowMs(m_clock);
        // Whoever held the token loses it, and their updated_at says so.
        auto touched = execSql(m_db, u"UPDATE contacts SET updated_at = ? WHERE id = ?"
                                     u" OR id IN (SELECT contact_id FROM push_tokens WHERE token = ?)"_s,
                               {now, *id, token});
        if (!touched)
            return touched.error();
        if (auto q = execSql(m_db, u"DELETE FROM push_tokens WHERE token = ?"_s, {token}); !q)
            return q.error();
        auto added = execSql(m_db, u"INSERT INTO push_tokens (contact_id, token, created_at) VALUES (?, ?, ?)"_s,
                             {*id, token, now});
        if (!added)
            return added.error();
    }
    return finishTokenChange(m_store, scope, *id, changed, [this](const QString &uuid) { notify(uuid, u"updated"_s); });
}

Result<ContactService::TokenChange> ContactService::removePushToken(const QString &identifier, const QString &rawToken)
{
    const QString token = rawToken.trimmed();
    if (token.isEmpty())
        return Error::validation(u"Invalid push token"_s, {{u"token"_s, u"must be a non-empty string"_s}});
    beforeWrite();
    WriteScope scope(m_db);
    if (!scope.isActive())
        return databaseError();
    auto id = resolveId(identifier);
    if (!id)
        return id.error();
    auto removed = execSql(m_db, u"DELETE FROM push_tokens WHERE contact_id = ? AND token = ?"_s, {*id, token});
    if (!removed)
        return removed.error();
    const bool changed = removed->numRowsAffected() > 0;
    if (changed) {
        if (auto q = execSql(m_db, u"UPDATE contacts SET updated_at = ? WHERE id = ?"_s,
                             {clockNowMs(m_clock), *id});
            !q) {
            return q.error();
        }
    }
    return finishTokenChange(m_store, scope, *id, changed, [this](const QString &uuid) { notify(uuid, u"updated"_s); });
}

Json ContactService::toJson(const Contact &c)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? Json(nullptr) : Json(toStd(s)); };
    Json tokens = Json::array();
    for (const QString &t : c.pushTokens)
        tokens.push_back(toStd(t));
    return Json{{"uuid", toStd(c.uuid)},
                {"email", orNull(c.email)},
                {"phone", orNull(c.phone)},
                {"name", orNull(c.name)},
                {"externalId", orNull(c.externalId)},
                {"avatar", orNull(c.avatar)},
                {"username", orNull(c.username)},
                {"slack", orNull(c.slack)},
                {"telegram", orNull(c.telegram)},
                {"discord", orNull(c.discord)},
                {"meta", c.meta},
                {"push_tokens", tokens},
                {"created_at", toStd(isoTimestamp(c.createdAt))},
                {"updated_at", toStd(isoTimestamp(c.updatedAt))}};
}

} // namespace sendivent

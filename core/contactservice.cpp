#include "contactservice.h"

#include "database.h"
#include "timeutil.h"
#include "validation.h"

#include <QtCore/QUuid>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

struct Column
{
    const char *column;
    std::optional<QString> ContactInput::*field;
};

// The identifier columns and the input fields that fill them.
constexpr Column kIdentifiers[] = {
    {"email", &ContactInput::email},       {"phone", &ContactInput::phone},
    {"external_id", &ContactInput::externalId}, {"slack", &ContactInput::slack},
    {"telegram", &ContactInput::telegram}, {"discord", &ContactInput::discord},
};
constexpr Column kProfile[] = {
    {"name", &ContactInput::name}, {"avatar", &ContactInput::avatar}, {"username", &ContactInput::username}};

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

const char *const kSelect = "SELECT id, uuid, email, phone, external_id, slack, telegram, discord, name, avatar,"
                            " username, meta, created_at, updated_at FROM contacts";

} // namespace

bool ContactInput::hasIdentifier() const
{
    for (const Column &c : kIdentifiers) {
        if ((this->*c.field).has_value() && !(this->*c.field)->isEmpty())
            return true;
    }
    return false;
}

Result<ContactInput> parseContactInput(const Json &body)
{
    if (!body.is_object())
        return Error::validation(u"A contact must be a JSON object"_s);
    ContactInput in;
    QList<FieldError> problems;
    const auto setString = [&](std::optional<QString> &target, const std::string &key, const Json &value) {
        if (value.is_null()) {
            target = QString(); // explicit null clears the field
        } else if (value.is_string()) {
            target = toQt(value.get<std::string>()).trimmed();
        } else if (value.is_number_integer() && (key == "id" || key == "externalId" || key == "external_id")) {
            target = toQt(value.dump()); // SDKs send numeric ids
        } else {
            problems.append({toQt(key), u"must be a string"_s});
        }
    };
    for (auto it = body.begin(); it != body.end(); ++it) {
        const std::string &key = it.key();
        if (key == "email")
            setString(in.email, key, *it);
        else if (key == "phone")
            setString(in.phone, key, *it);
        else if (key == "externalId" || key == "external_id" || key == "id")
            setString(in.externalId, key, *it);
        else if (key == "slack" || key == "slack_id" || key == "slackId")
            setString(in.slack, key, *it);
        else if (key == "telegram")
            setString(in.telegram, key, *it);
        else if (key == "discord")
            setString(in.discord, key, *it);
        else if (key == "name")
            setString(in.name, key, *it);
        else if (key == "avatar")
            setString(in.avatar, key, *it);
        else if (key == "username")
            setString(in.username, key, *it);
        else if (key == "meta" && it->is_object())
            for (auto m = it->begin(); m != it->end(); ++m)
                in.meta[toStd(camelCase(toQt(m.key())))] = *m;
        else if (key == "uuid" || key == "push_tokens" || key == "created_at" || key == "updated_at")
            continue; // read-only fields echoed back by clients
        else
            in.meta[toStd(camelCase(toQt(key)))] = *it;
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid contact fields"_s, problems);
    if (in.email && !in.email->isEmpty()) {
        *in.email = in.email->toLower();
        if (!isValidEmail(*in.email))
            return Error{ErrorCode::InvalidEmail, u"Invalid email address: %1"_s.arg(*in.email), {{u"email"_s, u"is not a valid email address"_s}}};
    }
    if (in.phone && !in.phone->isEmpty()) {
        in.phone->remove(u' ');
        if (!isValidE164(*in.phone))
            return Error{ErrorCode::InvalidPhone, u"Invalid phone number (must be E.164): %1"_s.arg(*in.phone),
                         {{u"phone"_s, u"must be in E.164 format: + and 8 to 15 digits"_s}}};
    }
    return in;
}

Result<std::optional<qint64>> ContactService::matchingContact(const ContactInput &input) const
{
    std::optional<qint64> found;
    for (const Column &c : kIdentifiers) {
        const auto &value = input.*c.field;
        if (!value || value->isEmpty())
            continue;
        auto q = execSql(m_db, u"SELECT id FROM contacts WHERE "_s + QLatin1StringView(c.column) + u" = ?"_s, {*value});
        if (!q)
            return q.error();
        if (!q->next())
            continue;
        const qint64 id = q->value(0).toLongLong();
        if (found && *found != id) {
            return Error{ErrorCode::Conflict,
                         u"The identifiers given belong to two different contacts"_s,
                         {{QLatin1StringView(c.column) == u"external_id"_s ? u"externalId"_s : QString::fromLatin1(c.column),
                           u"belongs to another contact"_s}}};
        }
        found = id;
    }
    return found;
}

Result<ContactService::Upserted> ContactService::upsert(const ContactInput &input, int contactLimit)
{
    if (!input.hasIdentifier())
        return Error::validation(u"At least one identifier (email, phone, externalId) is required"_s,
                                 {{u"email"_s, u"email, phone or externalId is required"_s}});
    auto existing = matchingContact(input);
    if (!existing)
        return existing.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (!existing->has_value()) {
        auto total = count();
        if (!total)
            return total.error();
        if (*total >= contactLimit)
            return Error{ErrorCode::QuotaExceeded,
                         u"Contact quota exceeded (%1 contacts on this plan) — upgrade plan"_s.arg(contactLimit), {}};
        QVariantList binds{QUuid::createUuid().toString(QUuid::WithoutBraces)};
        for (const Column &c : kIdentifiers)
            binds << nullable((input.*c.field).value_or(QString()));
        for (const Column &c : kProfile)
            binds << nullable((input.*c.field).value_or(QString()));
        binds << QString::fromUtf8(dumpJson(input.meta)) << now << now;
        auto q = execSql(m_db, u"INSERT INTO contacts (uuid, email, phone, external_id, slack, telegram, discord,"
                               u" name, avatar, username, meta, created_at, updated_at)"
                               u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s, binds);
        if (!q)
            return q.error();
        auto contact = loadById(q->lastInsertId().toLongLong());
        if (!contact)
            return contact.error();
        return Upserted{std::move(*contact), true};
    }

    const qint64 id = **existing;
    auto current = loadById(id);
    if (!current)
        return current.error();
    QStringList sets;
    QVariantList binds;
    for (const auto &group : {std::span<const Column>(kIdentifiers), std::span<const Column>(kProfile)}) {
        for (const Column &c : group) {
            if (const auto &v = input.*c.field) {
                sets << QLatin1StringView(c.column) + u" = ?"_s;
                binds << nullable(*v);
            }
        }
    }
    Json meta = current->meta;
    for (auto it = input.meta.begin(); it != input.meta.end(); ++it)
        meta[it.key()] = *it;
    sets << u"meta = ?"_s << u"updated_at = ?"_s;
    binds << QString::fromUtf8(dumpJson(meta)) << now << id;
    auto q = execSql(m_db, u"UPDATE contacts SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s, binds);
    if (!q)
        return q.error();
    auto contact = loadById(id);
    if (!contact)
        return contact.error();
    return Upserted{std::move(*contact), false};
}

Result<Contact> ContactService::loadById(qint64 id) const
{
    auto q = execSql(m_db, QLatin1StringView(kSelect) + u" WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::ContactNotFound, u"Contact not found"_s, {}};
    Contact c;
    c.uuid = q->value(1).toString();
    c.email = q->value(2).toString();
    c.phone = q->value(3).toString();
    c.externalId = q->value(4).toString();
    c.slack = q->value(5).toString();
    c.telegram = q->value(6).toString();
    c.discord = q->value(7).toString();
    c.name = q->value(8).toString();
    c.avatar = q->value(9).toString();
    c.username = q->value(10).toString();
    c.meta = parseJson(q->value(11).toString().toUtf8()).value_or(Json::object());
    c.createdAt = fromStoredTime(q->value(12));
    c.updatedAt = fromStoredTime(q->value(13));
    auto tokens = execSql(m_db, u"SELECT token FROM push_tokens WHERE contact_id = ? ORDER BY created_at, token"_s, {id});
    if (!tokens)
        return tokens.error();
    while (tokens->next())
        c.pushTokens << tokens->value(0).toString();
    return c;
}

Result<Contact> ContactService::find(const QString &identifier) const
{
    QString column;
    QString value = identifier.trimmed();
    if (value.contains(u'@')) {
        column = u"email"_s;
        value = value.toLower();
    } else if (isValidE164(value)) {
        column = u"phone"_s;
    } else if (isUuid(value)) {
        column = u"uuid"_s;
        value = value.toLower();
    }
    const QStringList columns = column.isEmpty() ? QStringList{u"external_id"_s, u"slack"_s} : QStringList{column};
    for (const QString &col : columns) {
        auto q = execSql(m_db, u"SELECT id FROM contacts WHERE "_s + col + u" = ?"_s, {value});
        if (!q)
            return q.error();
        if (q->next())
            return loadById(q->value(0).toLongLong());
    }
    // A UUID-looking or phone-looking string may still be someone's external id.
    if (!column.isEmpty() && column != u"email"_s) {
        auto q = execSql(m_db, u"SELECT id FROM contacts WHERE external_id = ?"_s, {identifier.trimmed()});
        if (!q)
            return q.error();
        if (q->next())
            return loadById(q->value(0).toLongLong());
    }
    return Error{ErrorCode::ContactNotFound, u"Contact '%1' not found"_s.arg(identifier), {}};
}

Result<qint64> ContactService::count() const
{
    auto q = execSql(m_db, u"SELECT count(*) FROM contacts"_s);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
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

#pragma once

#include "base/result.h"
#include "contact.h"

#include <QtCore/QList>

#include <optional>

namespace sendivent {

class Database;
class StatementCache;

// The contacts tables: rows into Contacts, lookups by one identifier column, the
// count, the list and search queries, and a contact's row written as it is. Rules
// (what may be written, conflicts, quota) live in ContactService.
class ContactStore final
{
public:
    explicit ContactStore(const Database &db) : m_db(db) {}

    enum class Column { Uuid, Email, Phone, ExternalId, Slack, Telegram, Discord };
    static const char *columnName(Column column);
    static const QString &valueOf(const Contact &contact, Column column);

    // The row id of the contact whose `column` equals `value` (emails compare
    // case-insensitively), or nullopt.
    Result<std::optional<qint64>> idWhere(Column column, const QString &value) const;
    // CONTACT_NOT_FOUND when there is no such row.
    Result<Contact> load(qint64 id) const;
    // The contact whose `column` equals `value`, read in one query, or nullopt.
    Result<std::optional<Contact>> loadWhere(Column column, const QString &value) const;
    Result<qint64> count() const;

    // Stores `contact` as it is, found by its uuid: inserted when there is no such row,
    // otherwise every field but created_at replaced (push tokens are not touched).
    // Through `statements`, so a send's recipient goes on the writer's connection.
    static Status write(StatementCache &statements, const Contact &contact);

    // Contacts in id order (creation order, so pages never skip or repeat one while
    // others are added), optionally only those whose email, name or phone contains
    // `search` (case-insensitively, as data: no wildcards). `total` is exact.
    Result<ContactPage> page(const QString &search, int limit, int offset) const;

    // How page() reads a search string: trimmed, and a phone-like string ("+46 70-12")
    // without its spaces, dashes and parentheses, as phones are stored in E.164.
    static QString normalizedSearch(const QString &search);
    // Searches this short (in Unicode code points) cannot use the trigram index and
    // scan the table instead.
    static constexpr int kIndexedSearchMinLength = 3;

private:
    Result<QList<Contact>> readContacts(const QString &sql, const QVariantList &binds) const;

    const Database &m_db;
};

} // namespace sendivent

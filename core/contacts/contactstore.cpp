#include "contactstore.h"

#include "base/timeutil.h"
#include "storage/database.h"
#include "storage/statementcache.h"

#include <QtCore/QHash>
#include <QtCore/QRegularExpression>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

// The columns every reading query selects, in the order readRow() expects them.
constexpr auto kColumns = "c.id, c.uuid, c.email, c.phone, c.external_id, c.slack, c.telegram, c.discord,"
                          " c.name, c.avatar, c.username, c.meta, c.created_at, c.updated_at"_L1;

Contact readRow(const QSqlQuery &q)
{
    Contact c;
    c.uuid = q.value(1).toString();
    c.email = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.externalId = q.value(4).toString();
    c.slack = q.value(5).toString();
    c.telegram = q.value(6).toString();
    c.discord = q.value(7).toString();
    c.name = q.value(8).toString();
    c.avatar = q.value(9).toString();
    c.username = q.value(10).toString();
    c.meta = parseJson(q.value(11).toString().toUtf8()).value_or(Json::object());
    c.createdAt = fromStoredTime(q.value(12));
    c.updatedAt = fromStoredTime(q.value(13));
    return c;
}

// An FTS5 string: inside double quotes every character is literal (a quote is
// doubled), so no search text can become query syntax.
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

// A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped
// (used with ESCAPE '\').
QString likeContaining(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

} // namespace

const char *ContactStore::columnName(Column column)
{
    switch (column) {
    case Column::Uuid: return "uuid";
    case Column::Email: return "email";
    case Column::Phone: return "phone";
    case Column::ExternalId: return "external_id";
    case Column::Slack: return "slack";
    case Column::Telegram: return "telegram";
    case Column::Discord: return "discord";
    }
    return "uuid";
}

const QString &ContactStore::valueOf(const Contact &contact, Column column)
{
    switch (column) {
    case Column::Uuid: return contact.uuid;
    case Column::Email: return contact.email;
    case Column::Phone: return contact.phone;
    case Column::ExternalId: return contact.externalId;
    case Column::Slack: return contact.slack;
    case Column::Telegram: return contact.telegram;
    case Column::Discord: return contact.discord;
    }
    return contact.uuid;
}

Result<std::optional<qint64>> ContactStore::idWhere(Column column, const QString &value) const
{
    // Every identifier column is UNIQUE, so this is one index probe (email's index
    // is NOCASE, as the column is).
    auto q = execSql(m_db, u"SELECT id FROM contacts WHERE "_s + QLatin1StringView(columnName(column)) + u" = ?"_s,
                     {value});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<Contact> ContactStore::load(qint64 id) const
{
    auto contacts = readContacts(u"SELECT "_s + kColumns + u" FROM contacts c WHERE c.id = ?"_s, {id});
    if (!contacts)
        return contacts.error();
    if (contacts->isEmpty())
        return Error{ErrorCode::ContactNotFound, u"Contact not found"_s, {}};
    return contacts->takeFirst();
}

Result<std::optional<Contact>> ContactStore::loadWhere(Column column, const QString &value) const
{
    auto contacts = readContacts(u"SELECT "_s + kColumns + u" FROM contacts c WHERE c."_s
                                     + QLatin1StringView(columnName(column)) + u" = ?"_s,
                                 {value});
    if (!contacts)
        return contacts.error();
    if (contacts->isEmpty())
        return std::optional<Contact>();
    return std::optional<Contact>(contacts->takeFirst());
}

Result<qint64> ContactStore::count() const
{
    // Kept by triggers (migration 2): exact, and O(1) however many contacts there are.
    auto q = execSql(m_db, u"SELECT n FROM contacts_total"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status ContactStore::write(StatementCache &statements, const Contact &c)
{
    // Empty is stored as NULL: the identifier columns are UNIQUE, and NULLs never collide.
    const auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
    auto written = statements.exec(
        u"INSERT INTO contacts (uuid, email, phone, external_id, slack, telegram, discord, name, avatar, username,"
        " meta, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (uuid) DO UPDATE SET email = excluded.email, phone = excluded.phone,"
        " external_id = excluded.external_id, slack = excluded.slack, telegram = excluded.telegram,"
        " discord = excluded.discord, name = excluded.name, avatar = excluded.avatar, username = excluded.username,"
        " meta = excluded.meta, updated_at = excluded.updated_at"_s,
        {c.uuid, nullable(c.email), nullable(c.phone), nullable(c.externalId), nullable(c.slack),
         nullable(c.telegram), nullable(c.discord), nullable(c.name), nullable(c.avatar), nullable(c.username),
         QString::fromUtf8(dumpJson(c.meta)), toStoredTime(c.createdAt), toStoredTime(c.updatedAt)});
    if (!written)
        return written.error();
    return {};
}

QString ContactStore::normalizedSearch(const QString &search)
{
    static const QRegularExpression phoneLike(u"^\\+?[ (]*[0-9][0-9 ()\\-]*$"_s);
    static const QRegularExpression separators(u"[ ()\\-]"_s);
    QString text = search.trimmed();
    if (phoneLike.match(text).hasMatch())
        text.remove(separators);
    return text;
}

Result<ContactPage> ContactStore::page(const QString &search, int limit, int offset) const
{
    ContactPage page;
    const QString text = normalizedSearch(search);
    const QVariantList window{limit, offset};

    if (text.isEmpty()) {
        auto total = count();
        if (!total)
            return total.error();
        page.total = *total;
        auto contacts = readContacts(u"SELECT "_s + kColumns + u" FROM contacts c ORDER BY c.id LIMIT ? OFFSET ?"_s,
                                     window);
        if (!contacts)
            return contacts.error();
        page.contacts = std::move(*contacts);
        return page;
    }

    QString countSql;
    QString pageSql;
    QVariantList binds;
    if (text.toUcs4().size() >= kIndexedSearchMinLength) {
        // The trigram index answers "contains" for 3+ characters; FTS5 yields rowids in
        // ascending order, so the page needs no sort and stops after offset + limit.
        binds = {ftsPhrase(text)};
        countSql = u"SELECT count(*) FROM contacts_search WHERE contacts_search MATCH ?"_s;
        pageSql = u"SELECT "_s + kColumns
                  + u" FROM contacts_search s CROSS JOIN contacts c ON c.id = s.rowid"
                    u" WHERE s.contacts_search MATCH ? ORDER BY s.rowid LIMIT ? OFFSET ?"_s;
    } else {
        // One or two characters have no trigram: scan. Still exact, and cheap at the
        // sizes where someone types one letter; documented in docs/decisions.md.
        const QString pattern = likeContaining(text);
        binds = {pattern, pattern, pattern};
        const QString where = u" WHERE c.email LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\'"
                              u" OR c.phone LIKE ? ESCAPE '\\'"_s;
        countSql = u"SELECT count(*) FROM contacts c"_s + where;
        pageSql = u"SELECT "_s + kColumns + u" FROM contacts c"_s + where + u" ORDER BY c.id LIMIT ? OFFSET ?"_s;
    }

    auto contacts = readContacts(pageSql, binds + window);
    if (!contacts)
        return contacts.error();
    page.contacts = std::move(*contacts);
    // A short page that is not past the end already tells the total: one walk over
    // the matches instead of two for the selective searches people mostly type.
    if (page.contacts.size() < limit && (!page.contacts.isEmpty() || offset == 0)) {
        page.total = offset + page.contacts.size();
        return page;
    }
    auto counted = execSql(m_db, countSql, binds);
    if (!counted)
        return counted.error();
    page.total = counted->next() ? counted->value(0).toLongLong() : 0;
    return page;
}

Result<QList<Contact>> ContactStore::readContacts(const QString &sql, const QVariantList &binds) const
{
    auto q = execSql(m_db, sql, binds);
    if (!q)
        return q.error();
    QList<Contact> contacts;
    QList<qint64> ids;
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
        contacts.append(readRow(*q));
    }
    q->finish();
    if (ids.isEmpty())
        return contacts;

    // All the page's push tokens in one query rather than one per contact.
    QString placeholders = u"?"_s;
    QVariantList tokenBinds{ids.first()};
    for (qsizetype i = 1; i < ids.size(); ++i) {
        placeholders += u",?"_s;
        tokenBinds.append(ids[i]);
    }
    auto tokens = execSql(m_db,
                          u"SELECT contact_id, token FROM push_tokens WHERE contact_id IN ("_s + placeholders
                              + u") ORDER BY created_at, token"_s,
                          tokenBinds);
    if (!tokens)
        return tokens.error();
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < ids.size(); ++i)
        indexOf.insert(ids[i], i);
    while (tokens->next())
        contacts[indexOf.value(tokens->value(0).toLongLong())].pushTokens.append(tokens->value(1).toString());
    return contacts;
}

} // namespace sendivent

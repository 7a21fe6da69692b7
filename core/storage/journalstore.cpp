#include "journalstore.h"

#include "base/json.h"
#include "base/timeutil.h"
#include "database.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>

#include <algorithm>

namespace sendivent {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "sendivent.journal")

namespace {

bool isSecretKey(const std::string &key)
{
    static const QRegularExpression re(
        u"secret|passw|api[_-]?key|authorization|private[_-]?key|access[_-]?token|auth[_-]?token|bot[_-]?token"
        u"|refresh[_-]?token|credential|signing"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromStdString(key)).hasMatch();
}

// Query parameters carry credentials under shorter names than JSON bodies do
// (`?key=`, `?token=`, `?sig=`): those whole names count too, and names ending in
// one of them (`client_key`, `id-token`).
bool isSecretParameter(const QString &name)
{
    static const QRegularExpression re(
        u"^(key|token|auth|apikey|pass|pwd|sig|signature|session|sessionid|jwt|bearer)$|[_.-](key|token|sig)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch() || isSecretKey(name.toStdString());
}

void maskInPlace(Json &value)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (isSecretKey(it.key()))
                *it = "••••";
            else
                maskInPlace(*it);
        }
    } else if (value.is_array()) {
        for (Json &item : value)
            maskInPlace(item);
    }
}

bool matches(const JournalFilter &f, const JournalEntry &e)
{
    if (!f.method.isEmpty() && e.method != f.method.toUpper())
        return false;
    if (!f.pathContains.isEmpty() && !e.path.contains(f.pathContains))
        return false;
    if (f.status > 0 && e.status != f.status)
        return false;
    if (f.status <= 0 && f.statusClass > 0 && e.status / 100 != f.statusClass)
        return false;
    if (!f.environment.isEmpty() && e.environment != f.environment)
        return false;
    return f.requestId.isEmpty() || e.requestId == f.requestId;
}

// WHERE clause and bound values for a filter (matches() is the same in memory).
QString whereClause(const JournalFilter &f, QVariantList &binds)
{
    QStringList terms;
    if (!f.method.isEmpty()) {
        terms << u"method = ?"_s;
        binds << f.method.toUpper();
    }
    if (!f.pathContains.isEmpty()) {
        terms << u"instr(path, ?) > 0"_s;
        binds << f.pathContains;
    }
    if (f.status > 0) {
        terms << u"status = ?"_s;
        binds << f.status;
    } else if (f.statusClass > 0) {
        terms << u"status >= ? AND status < ?"_s;
        binds << f.statusClass * 100 << (f.statusClass + 1) * 100;
    }
    if (!f.environment.isEmpty()) {
        terms << u"environment = ?"_s;
        binds << f.environment;
    }
    if (!f.requestId.isEmpty()) {
        terms << u"request_id = ?"_s;
        binds << f.requestId;
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

// Whether `body` may hold a key isSecretKey() matches: every alternative of that
// expression contains one of these words. A JSON unicode escape could spell a key without
// them, so it counts too. Most bodies (a send's, its answer) have none, and skip
// the parse and the rewrite.
bool mayHoldSecrets(const QByteArray &body)
{
    const QByteArray lower = body.toLower();
    for (const char *word : {"secret", "passw", "key", "auth", "token", "credential", "signing", "\\u"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

} // namespace

namespace {

// Headers every request or answer has, none of them secret: matched by name and
// length, they skip the expressions below, which run for every other header of every
// request (the send path journals each one).
bool isPlainHeader(QByteArrayView name)
{
    static constexpr QByteArrayView plain[] = {
        "host", "user-agent", "accept", "accept-encoding", "accept-language", "content-type", "content-length",
        "connection", "x-request-id", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset",
        "retry-after", "idempotency-key", "x-idempotency-key", "x-idempotent-replay", "x-sendivent-fault",
        "cache-control", "origin", "referer", "allow", "expect", "traceparent"};
    for (const QByteArrayView candidate : plain) {
        if (candidate.size() == name.size() && name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether a header's name may be one isSecretParameter() takes: each of its
// alternatives (and isSecretKey()'s) contains one of these words.
bool mayBeSecretName(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const char *word : {"key", "token", "auth", "secret", "pass", "pwd", "sig", "session", "jwt", "bearer",
                             "credential"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

// Appends `value` as the journal keeps it (redactedHeader()), without a copy when it
// stays as it is.
void appendRedacted(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    if (isPlainHeader(name)) {
        out += value;
        return;
    }
    const auto is = [name](QByteArrayView other) { return name.compare(other, Qt::CaseInsensitive) == 0; };
    if (is("authorization") || is("proxy-authorization")) {
        const qsizetype space = value.indexOf(' ');
        const QByteArrayView scheme = space < 0 ? QByteArrayView() : value.first(space);
        const QByteArrayView credential = space < 0 ? value : value.sliced(space + 1).trimmed();
        // A key's public prefix ("test_", "live_") and its last four characters name it
        // in the key list; only a key long enough keeps them.
        const qsizetype underscore = credential.indexOf('_');
        if (scheme.compare("Bearer", Qt::CaseInsensitive) == 0 && underscore > 0 && underscore < 8
            && credential.size() >= 20) {
            out += scheme;
            out += ' ';
            out += credential.first(underscore + 1);
            out += "\u2026"; // …
            out += credential.last(4);
            return;
        }
        if (!scheme.isEmpty()) {
            out += scheme;
            out += ' ';
        }
        out += "[redacted]";
        return;
    }
    if (is("cookie") || is("set-cookie") || (mayBeSecretName(name) && isSecretParameter(QString::fromLatin1(name)))) {
        out += "[redacted]";
        return;
    }
    out += value;
}

} // namespace

QString redactedHeader(QByteArrayView name, QByteArrayView value)
{
    QByteArray out;
    appendRedacted(out, name, value);
    return QString::fromUtf8(out);
}

QByteArray maskSecrets(const QByteArray &body, qsizetype maxBytes)
{
    QByteArray out = body;
    if (!body.isEmpty() && mayHoldSecrets(body)) {
        if (auto parsed = parseJson(body)) {
            maskInPlace(*parsed);
            out = dumpJson(*parsed);
        }
    }
    if (out.size() > maxBytes) {
        const QByteArray marker = "… [truncated " + QByteArray::number(out.size() - maxBytes) + " bytes]";
        out = out.left(maxBytes) + marker;
    }
    return out;
}

QString maskQuery(const QString &query)
{
    if (query.isEmpty())
        return query;
    QStringList parts = query.split(u'&');
    bool masked = false;
    for (QString &part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0 || equals + 1 == part.size())
            continue; // no value to hide
        // As the name reaches a server: percent-decoded (`api%5Fkey`), `+` a plus.
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(part.left(equals).toUtf8()));
        if (isSecretParameter(name)) {
            part = part.left(equals + 1) + u"••••"_s;
            masked = true;
        }
    }
    return masked ? parts.join(u'&') : query;
}

JournalStore::JournalStore(const Database &db, int capacity)
    : m_db(db)
    , m_statements(db)
    , m_capacity(capacity)
{
}

void JournalStore::append(JournalEntry entry)
{
    entry.query = maskQuery(entry.query);
    entry.requestBody = maskSecrets(entry.requestBody);
    entry.responseBody = maskSecrets(entry.responseBody);
    // Only the headers present, one short line each: this runs for every request.
    if (!entry.requestHeaders.isEmpty() || !entry.responseHeaders.isEmpty()) {
        qsizetype size = 0;
        for (const auto &list : {&entry.requestHeaders, &entry.responseHeaders}) {
            for (const auto &[name, value] : *list)
                size += name.size() + value.size() + 5;
        }
        QByteArray headers;
        headers.reserve(size + 16); // a redacted key may be a little longer
        const auto add = [&headers](char side, const QByteArray &name, const QByteArray &value) {
            headers += side;
            headers += ' ';
            headers += name;
            headers += ": ";
            appendRedacted(headers, name, value);
            headers += '\n';
        };
        for (const auto &[name, value] : std::as_const(entry.requestHeaders))
            add('>', name, value);
        for (const auto &[name, value] : std::as_const(entry.responseHeaders))
            add('<', name, value);
        entry.headers = std::move(headers);
        entry.requestHeaders = {};
        entry.responseHeaders = {};
    }
    if (!entry.createdAt.isValid())
        entry.createdAt = QDateTime::currentDateTimeUtc();
    m_buffer.append(std::move(entry));
    // A burst far beyond the ring's size only needs its newest part.
    if (m_capacity > 0 && m_buffer.size() > m_capacity)
        m_buffer.remove(0, m_buffer.size() - m_capacity);
}

Status JournalStore::flush()
{
    if (m_buffer.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return databaseError();
    if (Status s = write(m_statements, m_buffer, m_capacity); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_buffer.clear();
    return {};
}

Status JournalStore::write(StatementCache &statements, const QList<JournalEntry> &entries, int capacity)
{
    if (entries.isEmpty())
        return {};
    for (const JournalEntry &e : entries) {
        auto inserted = statements.exec(
            u"INSERT INTO journal (request_id, created_at, method, path, query, status, duration_us,"
            u" environment, request_body, response_body, fault, headers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {e.requestId, toStoredTime(e.createdAt), e.method, e.path, e.query.isNull() ? u""_s : e.query, e.status,
             e.durationUs, e.environment.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.environment),
             e.requestBody, e.responseBody,
             e.fault.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.fault),
             e.headers.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(e.headers)});
        if (!inserted) {
            qCWarning(lcJournal) << "cannot write the journal";
            return inserted.error();
        }
    }
    if (capacity <= 0)
        return {};
    // At most what was just added (and a little): a lowered capacity is caught up
    // with by the pruner's batches, not here on the send path.
    auto trim = statements.exec(u"DELETE FROM journal WHERE id IN (SELECT id FROM journal"
                                u" WHERE id <= (SELECT max(id) FROM journal) - ? ORDER BY id LIMIT ?)"_s,
                                {capacity, entries.size() + 64});
    return trim ? Status() : Status(trim.error());
}

void JournalStore::restore(const QList<JournalEntry> &entries)
{
    m_buffer = entries + m_buffer;
    if (m_capacity > 0 && m_buffer.size() > m_capacity)
        m_buffer.remove(0, m_buffer.size() - m_capacity);
}

QList<JournalEntry> JournalStore::unsaved(const JournalFilter &filter)
{
    QList<JournalEntry> out;
    if (flush())
        return out;
    // The journal stays readable while the database refuses writes: what it did not
    // take is still here.
    for (auto it = m_buffer.crbegin(); it != m_buffer.crend(); ++it) {
        if (matches(filter, *it))
            out.append(*it);
    }
    return out;
}

Result<QList<JournalEntry>> JournalStore::list(const JournalFilter &filter, int limit, int offset)
{
    const QList<JournalEntry> newest = unsaved(filter);
    QList<JournalEntry> out;
    for (qsizetype i = offset; i < newest.size() && out.size() < limit; ++i)
        out.append(newest[i]);
    if (out.size() >= limit)
        return out;
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    binds << limit - int(out.size()) << int(std::max<qsizetype>(0, offset - newest.size()));
    auto q = execSql(m_db, u"SELECT id, request_id, created_at, method, path, query, status, duration_us, environment,"
                           u" request_body, response_body, fault, headers FROM journal"_s + where + u" ORDER BY id DESC LIMIT ? OFFSET ?"_s,
                     binds);
    if (!q)
        return q.error();
    while (q->next()) {
        JournalEntry e;
        e.id = q->value(0).toLongLong();
        e.requestId = q->value(1).toString();
        e.createdAt = fromStoredTime(q->value(2));
        e.method = q->value(3).toString();
        e.path = q->value(4).toString();
        e.query = q->value(5).toString();
        e.status = q->value(6).toInt();
        e.durationUs = q->value(7).toLongLong();
        e.environment = q->value(8).toString();
        e.requestBody = q->value(9).toByteArray();
        e.responseBody = q->value(10).toByteArray();
        e.fault = q->value(11).toString();
        e.headers = q->value(12).toByteArray();
        out << e;
    }
    return out;
}

Result<qint64> JournalStore::count(const JournalFilter &filter)
{
    const qint64 newest = unsaved(filter).size();
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    auto q = execSql(m_db, u"SELECT count(*) FROM journal"_s + where, binds);
    if (!q)
        return q.error();
    q->next();
    return newest + q->value(0).toLongLong();
}

Status JournalStore::clear()
{
    m_buffer.clear();
    auto q = execSql(m_db, u"DELETE FROM journal"_s);
    if (!q)
        return q.error();
    return {};
}

} // namespace sendivent

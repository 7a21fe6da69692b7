#include "deliverystore.h"

#include "base/timeutil.h"
#include "deliverygenerations.h"
#include "storage/database.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QtEndian>

#include <zlib.h>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

const QString kColumns = u"id, uuid, environment, event_name, channel, status, contact_uuid, recipient, provider,"
                         u" message_id, language, error, created_at, sent_at, delivered_at, request_id"_s;

Environment storedEnvironment(const QVariant &name)
{
    return name.toString() == u"production"_s ? Environment::Production : Environment::Sandbox;
}

Delivery readDelivery(const StatementCache::Row &q)
{
    Delivery d;
    d.uuid = q.value(1).toString();
    d.environment = storedEnvironment(q.value(2));
    d.eventName = q.value(3).toString();
    d.channel = channelFromName(q.value(4).toString()).value_or(Channel::Email);
    d.status = q.value(5).toString();
    d.contactUuid = q.value(6).toString();
    d.recipient = q.value(7).toString();
    d.provider = q.value(8).toString();
    d.messageId = q.value(9).toString();
    d.language = q.value(10).toString();
    d.error = q.value(11).toString();
    d.createdAt = fromStoredTime(q.value(12));
    d.sentAt = fromStoredTime(q.value(13));
    d.deliveredAt = fromStoredTime(q.value(14));
    d.requestId = q.value(15).toString();
    return d;
}

// Any identifier of a contact, as the contacts table's unique indexes find it; a uuid
// also matches deliveries whose contact has since been deleted. One IN list, so that
// each generation is one seek per uuid in the contact index.
const QString kContactTerm =
    u"contact_uuid IN (SELECT ? UNION ALL SELECT uuid FROM contacts WHERE external_id = ? OR email = ?"
    u" OR phone = ? OR slack = ? OR telegram = ? OR discord = ?)"_s;

// A term read from one of the lookup indexes, which lead with the generation.
QString inGenerations(const QString &term)
{
    return u"("_s + deliveryGenerations() + u" AND "_s + term + u")"_s;
}

bool readsLookupIndex(const DeliveryFilter &f)
{
    return !f.recipient.isEmpty() || !f.messageId.isEmpty() || !f.contact.isEmpty() || !f.search.trimmed().isEmpty();
}

void bindContact(QVariantList &binds, const QString &identifier)
{
    for (int i = 0; i < 7; ++i)
        binds << identifier;
}

// Every string that starts with `prefix` sorts in [prefix, prefix + U+10FFFF).
QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

bool looksLikeUuidPrefix(const QString &s)
{
    static const QRegularExpression uuid(u"^[0-9a-f]{8}(-[0-9a-f]{0,4}){0,4}[0-9a-f]{0,8}$"_s);
    return s.size() >= 8 && s.size() <= 36 && uuid.match(s).hasMatch();
}

// The WHERE clause of a filter. Each term can be read from an index: the
// (environment, …) ones for the list's filters, recipient (NOCASE), message_id,
// contact_uuid and created_at for the lookups (migration 8); the search box's terms
// are an OR of such ranges, which SQLite answers by a union of index lookups.
QString whereClause(const DeliveryFilter &f, QVariantList &binds)
{
    QStringList terms;
    // A lookup (recipient, message id, contact, search, time) reads few rows through its
    // own index. The unary + keeps SQLite, which has no statistics, from preferring an
    // (environment, …) index instead — half the table for the environment alone; the
    // broad terms are then checked on the rows the lookup reads.
    const bool lookup = readsLookupIndex(f) || f.hasTimeRange();
    const QString broad = lookup ? u"+"_s : QString();
    if (f.environment) {
        terms << broad + u"environment = ?"_s;
        binds << environmentName(*f.environment);
    }
    if (!f.eventName.isEmpty()) {
        terms << broad + u"event_name = ?"_s;
        binds << f.eventName;
    }
    if (f.channel) {
        terms << broad + u"channel = ?"_s;
        binds << channelName(*f.channel);
    }
    if (f.statuses.size() == 1) {
        terms << broad + u"status = ?"_s;
        binds << f.statuses.first();
    } else if (!f.statuses.isEmpty()) {
        terms << broad + u"status IN (%1)"_s.arg(QStringList(f.statuses.size(), u"?"_s).join(u", "_s));
        for (const QString &status : f.statuses)
            binds << status;
    }
    if (!f.recipient.isEmpty()) {
        terms << inGenerations(u"recipient = ? COLLATE NOCASE"_s);
        binds << f.recipient;
    }
    if (!f.messageId.isEmpty()) {
        terms << inGenerations(u"message_id = ?"_s);
        binds << f.messageId;
    }
    if (!f.contact.isEmpty()) {
        terms << inGenerations(kContactTerm);
        bindContact(binds, f.contact);
    }
    if (const QString q = f.search.trimmed(); !q.isEmpty()) {
        QStringList any;
        const QString lower = q.toLower();
        if (looksLikeUuidPrefix(lower)) {
            any << u"(uuid >= ? AND uuid < ?)"_s;
            binds << lower << prefixEnd(lower);
        }
        // Each arm names the generations itself: SQLite plans an OR's arms alone.
        any << inGenerations(u"recipient >= ? COLLATE NOCASE AND recipient < ? COLLATE NOCASE"_s);
        binds << lower << prefixEnd(lower);
        any << inGenerations(u"message_id >= ? AND message_id < ?"_s);
        binds << q << prefixEnd(q);
        any << inGenerations(kContactTerm);
        bindContact(binds, q);
        terms << u"("_s + any.join(u" OR "_s) + u")"_s;
    }
    if (f.createdFrom.isValid()) {
        terms << u"created_at >= ?"_s;
        binds << toStoredTime(f.createdFrom);
    }
    if (f.createdBefore.isValid()) {
        terms << u"created_at < ?"_s;
        binds << toStoredTime(f.createdBefore);
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

// The sent facts (issue 17) live in the content column beside the rendered fields,
// under a name no channel field has, so they need no migration, no new row and no
// new index; rows written before simply lack them.
constexpr char kSentKey[] = "$sent";

// The content column: the rendered fields, and the sent facts spliced in as the send
// serialised them (once per request, not once per delivery).
QByteArray storedContent(const Delivery &d)
{
    QByteArray out = dumpJson(d.content.is_object() ? d.content : Json::object());
    if (d.sent.isEmpty())
        return out;
    out.chop(1); // the closing brace
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += kSentKey;
    out += "\":";
    out += d.sent;
    out += '}';
    return out;
}

// Content this big or bigger is stored compressed (issue 22): a rendered email's
// subject, HTML and text halve under zlib's fastest level, and they are two thirds
// of a delivery's bytes. Smaller content stays JSON text, as rows written before do.
constexpr qsizetype kCompressContentAt = 256;

// qCompress's format (a 4-byte big-endian length, then a zlib stream; never '{'
// first), so qUncompress reads it back. qCompress sets up a new deflate state of
// ~270 KB for each call, which costs more than compressing 600 bytes: each thread
// keeps one small state (4 KiB window) and resets it instead.
QByteArray compressContent(const QByteArray &json)
{
    struct Deflater
    {
        z_stream stream{};
        bool ready = deflateInit2(&stream, 1, Z_DEFLATED, 12, 4, Z_DEFAULT_STRATEGY) == Z_OK;
        ~Deflater()
        {
            if (ready)
                deflateEnd(&stream);
        }
    };
    thread_local Deflater deflater;
    z_stream &z = deflater.stream;
    if (!deflater.ready || deflateReset(&z) != Z_OK)
        return qCompress(json, 1);
    QByteArray out(4 + qsizetype(deflateBound(&z, uLong(json.size()))), Qt::Uninitialized);
    qToBigEndian(quint32(json.size()), out.data());
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(json.constData()));
    z.avail_in = uInt(json.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data() + 4);
    z.avail_out = uInt(out.size() - 4);
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        return qCompress(json, 1);
    out.resize(4 + qsizetype(z.total_out));
    return out;
}

QVariant contentColumn(const Delivery &d)
{
    QByteArray json = storedContent(d);
    if (json.size() < kCompressContentAt)
        return QString::fromUtf8(json);
    return compressContent(json);
}

void readContent(const QVariant &column, Delivery &d)
{
    QByteArray bytes = column.toByteArray();
    if (column.typeId() == QMetaType::QByteArray && !bytes.startsWith('{'))
        bytes = qUncompress(bytes);
    d.content = parseJson(bytes).value_or(Json::object());
    if (!d.content.is_object()) {
        d.content = Json::object();
        return;
    }
    if (const auto it = d.content.find(kSentKey); it != d.content.end()) {
        if (it->is_object())
            d.sent = dumpJson(*it);
        d.content.erase(it);
    }
}

// A status change returns the delivery as it is now (what a webhook payload tells).
const QString kReturning = u"RETURNING "_s + kColumns;

} // namespace

DeliveryStore::DeliveryStore(const Database &db)
    : m_statements(db)
    , m_webhooks(db)
{
}

Status DeliveryStore::insert(const Delivery &d, const std::optional<PendingOutcome> &pending)
{
    if (!m_deferTotals)
        m_totals.clear(); // what a failed write before left
    const QVariantList binds{
        d.uuid,
        environmentName(d.environment),
        d.eventName,
        channelName(d.channel),
        d.status,
        nullable(d.contactUuid),
        d.recipient,
        nullable(d.provider),
        nullable(d.messageId),
        nullable(d.language),
        contentColumn(d),
        nullable(d.error),
        pending ? QVariant(pending->outcome) : QVariant(QMetaType::fromType<QString>()),
        pending ? nullable(pending->detail) : QVariant(QMetaType::fromType<QString>()),
        toStoredTime(d.createdAt),
        toStoredTime(d.sentAt),
        toStoredTime(d.deliveredAt),
        toStoredTime(d.createdAt),
        nullable(d.requestId),
    };
    auto id = m_statements.exec(
        u"INSERT INTO deliveries (uuid, environment, event_name, channel, status, contact_uuid, recipient,"
        u" provider, message_id, language, content, error, pending_outcome, pending_detail, created_at,"
        u" sent_at, delivered_at, updated_at, request_id)"
        u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        binds);
    if (!id)
        return id.error();
    if (Status s = insertTimeline(*id, 0, d.timeline); !s)
        return s;
    countTotal(d.environment, d.status, +1);
    if (Status s = settleTotals(); !s)
        return s;
    // A new delivery is a status change too (sent, or failed before any provider).
    return m_webhooks.enqueue({d}, d.timeline.isEmpty() ? d.createdAt : d.timeline.last().timestamp);
}

void DeliveryStore::countTotal(Environment environment, const QString &status, qint64 delta)
{
    for (TotalChange &change : m_totals) {
        if (change.environment == environment && change.status == status) {
            change.delta += delta;
            return;
        }
    }
    m_totals.append({environment, status, delta});
}

Status DeliveryStore::settleTotals()
{
    return m_deferTotals ? Status() : flushTotals();
}

Status DeliveryStore::flushTotals()
{
    const QList<TotalChange> changes = std::exchange(m_totals, {});
    for (const TotalChange &change : changes) {
        if (change.delta == 0)
            continue;
        auto written = m_statements.exec(
            u"INSERT INTO deliveries_totals (environment, status, n) VALUES (?, ?, ?)"
            u" ON CONFLICT (environment, status) DO UPDATE SET n = n + excluded.n"_s,
            {environmentName(change.environment), change.status, change.delta});
        if (!written)
            return written.error();
    }
    return {};
}

Status DeliveryStore::insertTimeline(qint64 deliveryId, int firstSeq, const QList<TimelineEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    // One statement for the whole timeline of a new delivery (usually three rows).
    QString sql = u"INSERT INTO delivery_events (delivery_id, seq, event, at, detail) VALUES "_s;
    QVariantList binds;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        sql += i == 0 ? u"(?, ?, ?, ?, ?)"_s : u", (?, ?, ?, ?, ?)"_s;
        binds << deliveryId << firstSeq + int(i) << entries[i].event << toStoredTime(entries[i].timestamp)
              << nullable(entries[i].detail);
    }
    auto done = m_statements.exec(sql, binds);
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<Delivery>> DeliveryStore::find(const QString &uuid) const
{
    std::optional<Delivery> found;
    qint64 id = 0;
    Status s = m_statements.query(u"SELECT "_s + kColumns + u", content FROM deliveries WHERE uuid = ?"_s, {uuid},
                                  [&](const StatementCache::Row &q) {
                                      id = q.value(0).toLongLong();
                                      found = readDelivery(q);
                                      readContent(q.value(16), *found);
                                  });
    if (!s)
        return s.error();
    if (!found)
        return found;
    s = m_statements.query(u"SELECT event, at, detail FROM delivery_events WHERE delivery_id = ? ORDER BY seq"_s, {id},
                           [&](const StatementCache::Row &q) {
                               found->timeline.append({q.value(0).toString(), fromStoredTime(q.value(1)),
                                                       q.value(2).toString()});
                           });
    if (!s)
        return s.error();
    return found;
}

namespace {

QString listStatement(const DeliveryFilter &filter, QVariantList &binds)
{
    // A lookup index holds a generation's entries in id order: ordered by generation,
    // then id (the same order as by id alone), the seeks come out in the list's order.
    const QString order = filter.hasTimeRange()
        ? (filter.oldestFirst ? u" ORDER BY created_at, id"_s : u" ORDER BY created_at DESC, id DESC"_s)
        : readsLookupIndex(filter)
        ? QString(u" ORDER BY "_s + deliveryGeneration() + (filter.oldestFirst ? u", id"_s : u" DESC, id DESC"_s))
        : (filter.oldestFirst ? u" ORDER BY id"_s : u" ORDER BY id DESC"_s);
    return u"SELECT "_s + kColumns + u" FROM deliveries"_s + whereClause(filter, binds) + order + u" LIMIT ? OFFSET ?"_s;
}

QString countStatement(const DeliveryFilter &filter, QVariantList &binds)
{
    // An environment and statuses only (the list as it opens, a status filter): the
    // totals the triggers of migration 11 keep, whatever the number of deliveries.
    const bool totalsOnly = filter.eventName.isEmpty() && !filter.channel && filter.recipient.isEmpty()
        && filter.contact.isEmpty() && filter.messageId.isEmpty() && filter.search.trimmed().isEmpty()
        && !filter.hasTimeRange();
    if (totalsOnly) {
        QStringList terms;
        if (filter.environment) {
            terms << u"environment = ?"_s;
            binds << environmentName(*filter.environment);
        }
        if (!filter.statuses.isEmpty()) {
            QStringList marks;
            for (const QString &status : filter.statuses) {
                marks << u"?"_s;
                binds << status;
            }
            terms << u"status IN ("_s + marks.join(u", "_s) + u')';
        }
        return u"SELECT coalesce(sum(n), 0) FROM deliveries_totals"_s
            + (terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s));
    }
    return u"SELECT count(*) FROM deliveries"_s + whereClause(filter, binds);
}

} // namespace

Result<QList<Delivery>> DeliveryStore::list(const DeliveryFilter &filter, int limit, int offset) const
{
    QVariantList binds;
    const QString sql = listStatement(filter, binds);
    binds << limit << offset;
    QList<Delivery> deliveries;
    Status s = m_statements.query(sql, binds,
                                  [&](const StatementCache::Row &q) { deliveries.append(readDelivery(q)); });
    if (!s)
        return s.error();
    return deliveries;
}

Result<qint64> DeliveryStore::count(const DeliveryFilter &filter) const
{
    QVariantList binds;
    const QString sql = countStatement(filter, binds);
    qint64 total = 0;
    Status s = m_statements.query(sql, binds, [&](const StatementCache::Row &q) { total = q.value(0).toLongLong(); });
    if (!s)
        return s.error();
    return total;
}

QStringList DeliveryStore::queryPlans(const DeliveryFilter &filter) const
{
    QStringList plans;
    for (const bool listing : {true, false}) {
        QVariantList binds;
        const QString sql = listing ? listStatement(filter, binds) : countStatement(filter, binds);
        if (listing)
            binds << 20 << 0;
        QStringList steps;
        const Status s = m_statements.query(u"EXPLAIN QUERY PLAN "_s + sql, binds,
                                            [&](const StatementCache::Row &q) { steps << q.value(3).toString(); });
        plans << (s ? steps.join(u"; "_s) : u"error: "_s + s.error().message);
    }
    return plans;
}

Result<bool> DeliveryStore::recordOutcome(const QString &uuid, const QString &outcome, const QString &detail,
                                          const QDateTime &at)
{
    if (!m_deferTotals)
        m_totals.clear(); // what a failed write before left
    const bool delivered = outcome == u"delivered"_s;
    // A complaint arrives after delivery, so it keeps delivered_at; a later
    // "delivered" report does not overwrite the first one.
    const QString sql = u"UPDATE deliveries SET status = ?, error = ?,"
                        u" delivered_at = CASE WHEN ? THEN coalesce(delivered_at, ?) ELSE delivered_at END,"
                        u" pending_outcome = NULL, pending_detail = NULL, updated_at = ? WHERE uuid = ? "_s
                        + kReturning;
    const QVariant when = toStoredTime(at);
    // The status it leaves, for the totals (RETURNING tells only the new one).
    std::optional<QString> before;
    Status s = m_statements.query(u"SELECT status FROM deliveries WHERE uuid = ?"_s, {uuid},
                                  [&](const StatementCache::Row &q) { before = q.value(0).toString(); });
    if (!s)
        return s.error();
    if (!before)
        return false;
    qint64 id = 0;
    Delivery changed;
    s = m_statements.query(sql,
                           {outcome, delivered ? QVariant(QMetaType::fromType<QString>()) : nullable(detail), delivered,
                            when, when, uuid},
                           [&](const StatementCache::Row &q) {
                               id = q.value(0).toLongLong();
                               changed = readDelivery(q);
                           });
    if (!s)
        return s.error();
    if (id == 0)
        return false;
    auto added = m_statements.exec(u"INSERT INTO delivery_events (delivery_id, seq, event, at, detail)"
                                   u" SELECT ?, coalesce(max(seq), -1) + 1, ?, ?, ? FROM delivery_events"
                                   u" WHERE delivery_id = ?"_s,
                                   {id, outcome, when, nullable(detail), id});
    if (!added)
        return added.error();
    countTotal(changed.environment, *before, -1);
    countTotal(changed.environment, changed.status, +1);
    if (Status settled = settleTotals(); !settled)
        return settled.error();
    if (Status queued = m_webhooks.enqueue({changed}, at); !queued)
        return queued.error();
    return true;
}

Result<QStringList> DeliveryStore::recordOwedOutcomes(const QList<PendingOutcome> &outcomes, const QDateTime &at)
{
    if (!m_deferTotals)
        m_totals.clear(); // what a failed write before left
    // Outcomes with the same report share two statements; the uuids and ids travel
    // as one JSON array each, so the statements stay the same (and stay prepared).
    QMap<QPair<QString, QString>, Json> groups;
    for (const PendingOutcome &o : outcomes) {
        Json &uuids = groups[{o.outcome, o.detail}];
        if (uuids.is_null())
            uuids = Json::array();
        uuids.push_back(toStd(o.uuid));
    }
    const QVariant when = toStoredTime(at);
    QStringList changed;
    QList<Delivery> snapshots;
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        const QString &outcome = group.key().first;
        const QString &detail = group.key().second;
        const bool delivered = outcome == u"delivered"_s;
        const QString uuids = QString::fromUtf8(dumpJson(*group));
        // The statuses they leave, for the totals (RETURNING tells only the new ones).
        Status s = m_statements.query(
            u"SELECT environment, status, count(*) FROM deliveries"
            u" WHERE pending_outcome IS NOT NULL AND uuid IN (SELECT value FROM json_each(?)) GROUP BY 1, 2"_s,
            {uuids}, [&](const StatementCache::Row &q) {
                countTotal(storedEnvironment(q.value(0)), q.value(1).toString(), -q.value(2).toLongLong());
            });
        if (!s)
            return s.error();
        Json ids = Json::array();
        s = m_statements.query(
            u"UPDATE deliveries SET status = ?, error = ?,"
            u" delivered_at = CASE WHEN ? THEN coalesce(delivered_at, ?) ELSE delivered_at END,"
            u" pending_outcome = NULL, pending_detail = NULL, updated_at = ?"
            u" WHERE pending_outcome IS NOT NULL AND uuid IN (SELECT value FROM json_each(?)) "_s + kReturning,
            {outcome, delivered ? QVariant(QMetaType::fromType<QString>()) : nullable(detail), delivered, when, when,
             uuids},
            [&](const StatementCache::Row &q) {
                ids.push_back(q.value(0).toLongLong());
                changed.append(q.value(1).toString());
                snapshots.append(readDelivery(q));
                countTotal(snapshots.last().environment, snapshots.last().status, +1);
            });
        if (!s)
            return s.error();
        if (ids.empty())
            continue;
        auto added = m_statements.exec(
            u"INSERT INTO delivery_events (delivery_id, seq, event, at, detail)"
            u" SELECT j.value,"
            u" (SELECT coalesce(max(e.seq), -1) + 1 FROM delivery_events e WHERE e.delivery_id = j.value),"
            u" ?, ?, ? FROM json_each(?) j"_s,
            {outcome, when, nullable(detail), QString::fromUtf8(dumpJson(ids))});
        if (!added)
            return added.error();
    }
    if (Status settled = settleTotals(); !settled)
        return settled.error();
    if (Status queued = m_webhooks.enqueue(snapshots, at); !queued)
        return queued.error();
    return changed;
}

Result<bool> DeliveryStore::appendTimeline(const QString &uuid, const TimelineEntry &entry)
{
    int rows = 0;
    auto added = m_statements.exec(u"INSERT INTO delivery_events (delivery_id, seq, event, at, detail)"
                                   u" SELECT d.id, (SELECT coalesce(max(e.seq), -1) + 1 FROM delivery_events e"
                                   u" WHERE e.delivery_id = d.id), ?, ?, ? FROM deliveries d WHERE d.uuid = ?"_s,
                                   {entry.event, toStoredTime(entry.timestamp), nullable(entry.detail), uuid},
                                   &rows);
    if (!added)
        return added.error();
    return rows > 0;
}

Result<QList<PendingOutcome>> DeliveryStore::pendingOutcomes() const
{
    QList<PendingOutcome> pending;
    // The partial index holds only the few owed outcomes; without INDEXED BY the
    // planner, which knows no sizes, walks every row for ORDER BY id (seconds at
    // start-up with millions of deliveries, issue 22).
    Status s = m_statements.query(u"SELECT uuid, pending_outcome, pending_detail FROM deliveries"
                                  u" INDEXED BY deliveries_pending WHERE pending_outcome IS NOT NULL ORDER BY id"_s,
                                  {}, [&](const StatementCache::Row &q) {
                                      pending.append({q.value(0).toString(), q.value(1).toString(),
                                                      q.value(2).toString()});
                                  });
    if (!s)
        return s.error();
    return pending;
}

} // namespace sendivent

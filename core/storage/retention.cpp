#include "retention.h"

#include "database.h"
#include "idempotencystore.h"
#include "statementcache.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

#include <algorithm>
#include <chrono>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDay = 24 * 3600;

// A delivery stored within this long before an idempotency key counts as that key's:
// the key is stored by the same request, after its deliveries were dated.
constexpr qint64 kKeyWindowMs = 60'000;

// Beyond this many free pages (and an eighth of the file) the pruner gives pages back.
constexpr qint64 kReclaimFreePages = 2048;

QString idList(const QList<qint64> &ids)
{
    QString out = u"["_s;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += u',';
        out += QString::number(ids[i]);
    }
    return out + u']';
}

qint64 pragmaValue(StatementCache &statements, const QString &pragma)
{
    qint64 value = 0;
    (void)statements.query(pragma, {}, [&value](const StatementCache::Row &r) { value = r.value(0).toLongLong(); });
    return value;
}

// The newest delivery id retention no longer keeps (0: none): beyond the count, or
// older than the age. Rowid order is creation order (deliveries are removed oldest
// first, so the ids of the ones kept stay dense).
Result<qint64> deliveryCutoff(StatementCache &statements, const RetentionPolicy &policy, qint64 nowMs)
{
    qint64 cutoff = 0;
    if (policy.maxDeliveries > 0) {
        qint64 maxId = 0;
        if (Status s = statements.query(u"SELECT max(id) FROM deliveries"_s, {},
                                        [&maxId](const StatementCache::Row &r) { maxId = r.value(0).toLongLong(); });
            !s)
            return s.error();
        cutoff = std::max<qint64>(0, maxId - policy.maxDeliveries);
    }
    if (policy.maxAgeSeconds > 0) {
        qint64 aged = 0;
        if (Status s = statements.query(
                u"SELECT id FROM deliveries WHERE created_at < ? ORDER BY created_at DESC LIMIT 1"_s,
                {nowMs - policy.maxAgeSeconds * 1000},
                [&aged](const StatementCache::Row &r) { aged = r.value(0).toLongLong(); });
            !s)
            return s.error();
        cutoff = std::max(cutoff, aged);
    }
    return cutoff;
}

qint64 idempotencyWindowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(IdempotencyStore::kRetention).count();
}

} // namespace

Json RetentionPolicy::toJson() const
{
    return Json{{"max_deliveries", maxDeliveries},
                {"max_age", toStd(formatRetentionAge(maxAgeSeconds))},
                {"max_age_seconds", maxAgeSeconds},
                {"max_journal", maxJournal}};
}

Result<RetentionPolicy> RetentionPolicy::fromJson(const Json &json, const RetentionPolicy &base)
{
    if (!json.is_object())
        return Error::validation(u"Retention must be a JSON object"_s);
    RetentionPolicy p = base;
    QList<FieldError> problems;
    const auto count = [&](const char *name, qint64 max) -> std::optional<qint64> {
        const Json &v = json[name];
        if (v.is_number_integer() && v.get<qint64>() >= 0 && v.get<qint64>() <= max)
            return v.get<qint64>();
        if (v.is_string()) {
            if (auto parsed = parseRetentionCount(toQt(v.get<std::string>())); parsed && *parsed <= max)
                return parsed;
        }
        problems.append({QString::fromLatin1(name), u"must be a count from 0 to %1, or \"off\""_s.arg(max)});
        return std::nullopt;
    };
    for (const auto &[key, value] : json.items()) {
        if (key == "max_deliveries") {
            if (auto n = count("max_deliveries", 1'000'000'000))
                p.maxDeliveries = *n;
        } else if (key == "max_journal") {
            if (auto n = count("max_journal", 10'000'000))
                p.maxJournal = int(*n);
        } else if (key == "max_age" || key == "max_age_seconds") {
            std::optional<qint64> age;
            if (value.is_number_integer() && value.get<qint64>() >= 0)
                age = value.get<qint64>();
            else if (value.is_string())
                age = parseRetentionAge(toQt(value.get<std::string>()));
            if (age && *age <= 100LL * 365 * kDay)
                p.maxAgeSeconds = *age;
            else
                problems.append({toQt(key), u"must be a duration such as 7d, 12h or 30m, or \"off\""_s});
        } else {
            problems.append({toQt(key), u"is not a retention setting (max_deliveries, max_age, max_journal)"_s});
        }
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid retention settings"_s, problems);
    return p;
}

std::optional<qint64> parseRetentionAge(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"off"_s || t == u"0"_s)
        return 0;
    static const QRegularExpression form(u"^(\\d{1,9})\\s*([dhms]?)$"_s);
    const auto m = form.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 scale = unit == u"d"_s ? kDay : unit == u"h"_s ? 3600 : unit == u"m"_s ? 60 : 1;
    return n * scale;
}

QString formatRetentionAge(qint64 seconds)
{
    if (seconds <= 0)
        return u"off"_s;
    if (seconds % kDay == 0)
        return u"%1d"_s.arg(seconds / kDay);
    if (seconds % 3600 == 0)
        return u"%1h"_s.arg(seconds / 3600);
    if (seconds % 60 == 0)
        return u"%1m"_s.arg(seconds / 60);
    return u"%1s"_s.arg(seconds);
}

std::optional<qint64> parseRetentionCount(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"off"_s)
        return 0;
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

Result<RetentionPolicy> loadRetention(const Database &db)
{
    auto q = execSql(db, u"SELECT value FROM settings WHERE key = 'retention'"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return RetentionPolicy{};
    const auto json = parseJson(q->value(0).toString().toUtf8());
    if (!json)
        return RetentionPolicy{};
    auto policy = RetentionPolicy::fromJson(*json, RetentionPolicy{});
    return policy ? *policy : RetentionPolicy{};
}

Status saveRetention(const Database &db, const RetentionPolicy &policy)
{
    Json stored = policy.toJson();
    stored.erase("max_age"); // the seconds are what is read back
    auto q = execSql(db,
                     u"INSERT INTO settings (key, value) VALUES ('retention', ?)"
                     u" ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                     {toQt(stored.dump())});
    return q ? Status() : Status(q.error());
}

Result<PruneOutcome> pruneBatch(StatementCache &statements, const RetentionPolicy &policy, qint64 nowMs,
                                int batchSize)
{
    PruneOutcome outcome;
    auto cutoff = deliveryCutoff(statements, policy, nowMs);
    if (!cutoff)
        return cutoff.error();
    if (*cutoff > 0) {
        QList<qint64> ids;
        QJsonArray uuids;
        const qint64 windowStart = nowMs - idempotencyWindowMs();
        // Oldest first, skipping the exceptions: an outcome still owed, a webhook
        // message still pending, a delivery an idempotency key may replay.
        const Status read = statements.query(
            u"SELECT d.id, d.uuid FROM deliveries d WHERE d.id <= ? AND d.pending_outcome IS NULL"
            u" AND NOT EXISTS (SELECT 1 FROM webhook_messages m WHERE m.delivery_uuid = d.uuid AND m.state = 'pending')"
            u" AND NOT (d.created_at > ? AND EXISTS (SELECT 1 FROM idempotency_keys k"
            u"  WHERE k.created_at >= d.created_at AND k.created_at <= d.created_at + ? AND k.created_at > ?))"
            u" ORDER BY d.id LIMIT ?"_s,
            {*cutoff, windowStart, kKeyWindowMs, windowStart, batchSize}, [&](const StatementCache::Row &r) {
                ids.append(r.value(0).toLongLong());
                uuids.append(r.value(1).toString());
            });
        if (!read)
            return read.error();
        if (!ids.isEmpty()) {
            const QString uuidList = QString::fromUtf8(QJsonDocument(uuids).toJson(QJsonDocument::Compact));
            int removed = 0;
            // The messages first (their attempts go with them, ON DELETE CASCADE), then
            // the timelines, then the deliveries. The timelines go by one statement over
            // their clustered (delivery_id, seq) key rather than by the cascade, which
            // runs a sub-statement per delivery (~12 % of a batch's CPU time at 1 M
            // stored, docs/benchmarks.md); the cascade then finds nothing left.
            auto messages = statements.exec(
                u"DELETE FROM webhook_messages WHERE delivery_uuid IN (SELECT value FROM json_each(?))"_s,
                {uuidList}, &removed);
            if (!messages)
                return messages.error();
            outcome.webhookMessages = removed;
            const QString idsJson = idList(ids);
            auto timelines = statements.exec(
                u"DELETE FROM delivery_events WHERE delivery_id IN (SELECT value FROM json_each(?))"_s, {idsJson});
            if (!timelines)
                return timelines.error();
            auto deliveries = statements.exec(u"DELETE FROM deliveries WHERE id IN (SELECT value FROM json_each(?))"_s,
                                              {idsJson}, &removed);
            if (!deliveries)
                return deliveries.error();
            outcome.deliveries = removed;
            outcome.more = ids.size() >= batchSize;
        }
    }
    int journal = 0;
    if (policy.maxJournal > 0) {
        // Usually trimmed as it is written (JournalStore::write); this catches up
        // after the limit was lowered, a batch at a time.
        auto trimmed = statements.exec(
            u"DELETE FROM journal WHERE id IN (SELECT id FROM journal"
            u" WHERE id <= (SELECT max(id) FROM journal) - ? ORDER BY id LIMIT ?)"_s,
            {policy.maxJournal, batchSize}, &journal);
        if (!trimmed)
            return trimmed.error();
        outcome.journal += journal;
        outcome.more = outcome.more || journal >= batchSize;
    }
    if (policy.maxAgeSeconds > 0) {
        // Oldest first: only among the oldest batch, so the scan is bounded.
        auto aged = statements.exec(
            u"DELETE FROM journal WHERE id IN (SELECT id FROM journal ORDER BY id LIMIT ?) AND created_at < ?"_s,
            {batchSize, nowMs - policy.maxAgeSeconds * 1000}, &journal);
        if (!aged)
            return aged.error();
        outcome.journal += journal;
        outcome.more = outcome.more || journal >= batchSize;
    }
    return outcome;
}

Json StorageStats::toJson() const
{
    return Json{{"deliveries", deliveries},
                {"journal", journal},
                {"webhook_messages", webhookMessages},
                {"file_bytes", fileBytes},
                {"wal_bytes", walBytes},
                {"free_bytes", freeBytes},
                {"incremental_vacuum", incrementalVacuum},
                {"deliveries_to_remove", deliveriesToRemove},
                {"journal_to_remove", journalToRemove}};
}

Result<StorageStats> storageStats(const Database &db, const RetentionPolicy &policy, qint64 nowMs)
{
    StatementCache statements(db);
    StorageStats stats;
    const auto one = [&statements](const QString &sql, const QVariantList &binds = {}) -> Result<qint64> {
        qint64 value = 0;
        if (Status s = statements.query(sql, binds, [&value](const StatementCache::Row &r) { value = r.value(0).toLongLong(); });
            !s)
            return s.error();
        return value;
    };
    for (auto [sql, target] : {std::pair{u"SELECT count(*) FROM deliveries"_s, &stats.deliveries},
                               std::pair{u"SELECT count(*) FROM journal"_s, &stats.journal},
                               std::pair{u"SELECT count(*) FROM webhook_messages"_s, &stats.webhookMessages}}) {
        auto n = one(sql);
        if (!n)
            return n.error();
        *target = *n;
    }
    auto cutoff = deliveryCutoff(statements, policy, nowMs);
    if (!cutoff)
        return cutoff.error();
    if (*cutoff > 0) {
        auto n = one(u"SELECT count(*) FROM deliveries WHERE id <= ?"_s, {*cutoff});
        if (!n)
            return n.error();
        stats.deliveriesToRemove = *n;
    }
    qint64 journalCutoff = 0;
    if (policy.maxJournal > 0) {
        auto maxId = one(u"SELECT coalesce(max(id), 0) FROM journal"_s);
        if (!maxId)
            return maxId.error();
        journalCutoff = *maxId - policy.maxJournal;
    }
    if (policy.maxAgeSeconds > 0) {
        auto aged = one(u"SELECT coalesce(max(id), 0) FROM journal WHERE created_at < ?"_s,
                        {nowMs - policy.maxAgeSeconds * 1000});
        if (!aged)
            return aged.error();
        journalCutoff = std::max(journalCutoff, *aged);
    }
    if (journalCutoff > 0) {
        auto n = one(u"SELECT count(*) FROM journal WHERE id <= ?"_s, {journalCutoff});
        if (!n)
            return n.error();
        stats.journalToRemove = *n;
    }
    const qint64 pageSize = pragmaValue(statements, u"PRAGMA page_size"_s);
    stats.freeBytes = pragmaValue(statements, u"PRAGMA freelist_count"_s) * pageSize;
    stats.incrementalVacuum = pragmaValue(statements, u"PRAGMA auto_vacuum"_s) == 2;
    stats.fileBytes = QFileInfo(db.filePath()).size();
    stats.walBytes = QFileInfo(db.filePath() + u"-wal"_s).size();
    return stats;
}

bool shouldReclaim(StatementCache &statements)
{
    if (pragmaValue(statements, u"PRAGMA auto_vacuum"_s) != 2)
        return false;
    const qint64 free = pragmaValue(statements, u"PRAGMA freelist_count"_s);
    return free > kReclaimFreePages && free > pragmaValue(statements, u"PRAGMA page_count"_s) / 8;
}

Status reclaimFreePages(StatementCache &statements, int maxPages)
{
    // Steps until done: each step of incremental_vacuum moves one page.
    return statements.query(u"PRAGMA incremental_vacuum(%1)"_s.arg(std::max(0, maxPages)), {}, {});
}

Result<CompactOutcome> compactDatabase(const Database &db)
{
    const auto onDisk = [&db] {
        return QFileInfo(db.filePath()).size() + QFileInfo(db.filePath() + u"-wal"_s).size();
    };
    CompactOutcome outcome;
    outcome.bytesBefore = onDisk();
    // Takes effect with the VACUUM: files made before issue 22 shrink by themselves from then on.
    for (const QString &sql : {u"PRAGMA auto_vacuum = INCREMENTAL"_s, u"VACUUM"_s}) {
        if (auto q = execSql(db, sql); !q)
            return q.error();
    }
    // Best effort: a reader on an old snapshot keeps the WAL until it lets go.
    (void)execSql(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    outcome.bytesAfter = onDisk();
    return outcome;
}

} // namespace sendivent

#pragma once

#include "base/json.h"
#include "base/result.h"

#include <QtCore/QString>

#include <optional>

namespace sendivent {

class Database;
class StatementCache;

// How much traffic the local database keeps (issue 22): deliveries (with their
// timelines, content and webhook messages and attempts) by count and by age, and the
// request journal by count and by age. 0 keeps everything for that limit. Stored in
// the database's settings table under "retention", outside the workspace fixture:
// a reset keeps it, an export leaves it out. The defaults (docs/decisions.md, issue
// 22) keep far more than a test run asserts on, and a year of use in ~200 MB.
struct RetentionPolicy
{
    static constexpr qint64 kDefaultMaxDeliveries = 100'000;
    static constexpr qint64 kDefaultMaxAgeSeconds = 30 * 24 * 3600;
    static constexpr int kDefaultMaxJournal = 5000;

    qint64 maxDeliveries = kDefaultMaxDeliveries; // 0: no count limit
    qint64 maxAgeSeconds = kDefaultMaxAgeSeconds; // 0: no age limit (deliveries and journal)
    int maxJournal = kDefaultMaxJournal;          // 0: no count limit

    bool keepsEverything() const { return maxDeliveries == 0 && maxAgeSeconds == 0 && maxJournal == 0; }
    bool operator==(const RetentionPolicy &) const = default;

    // {"max_deliveries": N, "max_age": "30d", "max_age_seconds": N, "max_journal": N}
    Json toJson() const;
    // Takes any subset of the members toJson() writes (max_age as "7d", "12h", "off"
    // or seconds); the others stay as in `base`. VALIDATION_ERROR names each bad one.
    static Result<RetentionPolicy> fromJson(const Json &json, const RetentionPolicy &base);
};

// "7d", "36h", "90m", "45s", a bare number of seconds, or "0"/"off" (0). nullopt when
// it is none of those or negative.
std::optional<qint64> parseRetentionAge(const QString &text);
// The shortest of those forms for `seconds` ("30d", "36h", "off").
QString formatRetentionAge(qint64 seconds);
// "0"/"off" → 0, a count otherwise; nullopt when not a count.
std::optional<qint64> parseRetentionCount(const QString &text);

// The stored policy (the defaults when none was stored), and storing one.
Result<RetentionPolicy> loadRetention(const Database &db);
Status saveRetention(const Database &db, const RetentionPolicy &policy);

// What one prune batch removed.
struct PruneOutcome
{
    int deliveries = 0;
    int webhookMessages = 0; // with their attempts
    int journal = 0;
    bool more = false; // the batch was full: more may be due
};

// Removes at most `batchSize` deliveries (and journal entries) retention no longer
// keeps, oldest first, in the caller's transaction: a delivery with its timeline
// (ON DELETE CASCADE) and its webhook messages and their attempts. It never removes
// a delivery whose provider outcome is still owed, one whose webhook messages are
// still pending (being retried), or one younger than the idempotency window made
// around the time an idempotency key still stored was (its replay answers with it).
// `nowMs` is the emulator's time.
Result<PruneOutcome> pruneBatch(StatementCache &statements, const RetentionPolicy &policy, qint64 nowMs,
                                int batchSize);

// What the database holds and what retention would remove now (the Server page's
// Storage tab, GET /_local/storage).
struct StorageStats
{
    qint64 deliveries = 0;
    qint64 journal = 0;
    qint64 webhookMessages = 0;
    qint64 fileBytes = 0;  // the database file
    qint64 walBytes = 0;   // its write-ahead log
    qint64 freeBytes = 0;  // free pages inside the file, given back by compacting
    bool incrementalVacuum = false; // the file shrinks as pruning frees pages
    qint64 deliveriesToRemove = 0; // beyond the limits now (less any kept as exceptions)
    qint64 journalToRemove = 0;

    Json toJson() const;
};
Result<StorageStats> storageStats(const Database &db, const RetentionPolicy &policy, qint64 nowMs);

// Gives free pages back to the file system: at most `maxPages` (0: all) with
// incremental auto-vacuum; nothing on a file without it. Outside any transaction.
Status reclaimFreePages(StatementCache &statements, int maxPages);
// The file's free pages beyond which the pruner reclaims (a steady state's pruning
// frees about what the next sends take, so a small free list stays).
bool shouldReclaim(StatementCache &statements);

// Compact now: VACUUM (which also switches an older file to incremental auto-vacuum)
// and a truncating WAL checkpoint. The sizes before and after, file plus WAL.
struct CompactOutcome
{
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
};
Result<CompactOutcome> compactDatabase(const Database &db);

} // namespace sendivent

#pragma once

#include "base/result.h"
#include "journalentry.h"
#include "statementcache.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>

#include <utility>

namespace sendivent {

class Database;

// A header's value as the journal keeps it: Authorization keeps its scheme, the key's
// prefix and its last four characters ("Bearer test_…a1b2"); cookies and other
// secret-looking headers (X-Api-Key, …-Token, …) become "[redacted]"; others stay.
QString redactedHeader(QByteArrayView name, QByteArrayView value);

// The request journal: a bounded ring in SQLite. Entries are buffered in memory and
// written in one transaction per flush, so journalling costs the request path no
// disk write of its own. Entries the database refuses (a full disk) stay in the
// buffer — at most the ring's capacity, the newest, as the ring would keep no more —
// and are listed with the stored ones until a later flush writes them.
class JournalStore final
{
public:
    explicit JournalStore(const Database &db, int capacity = 5000);

    // Masks the query's secrets, masks and truncates the bodies, redacts the headers,
    // then buffers the entry.
    void append(JournalEntry entry);
    // Writes what is buffered and trims the ring to its capacity.
    Status flush();
    // The same in two halves, for a writer on another thread (the group commit's):
    // takePending() hands over what is buffered, write() stores it in the caller's
    // transaction, and restore() takes back entries that could not be written.
    QList<JournalEntry> takePending() { return std::exchange(m_buffer, {}); }
    static Status write(StatementCache &statements, const QList<JournalEntry> &entries, int capacity);
    void restore(const QList<JournalEntry> &entries);
    int pending() const { return int(m_buffer.size()); }
    int capacity() const { return m_capacity; }
    // --max-journal (issue 22); 0 keeps every entry. A lower one takes effect as the
    // pruner catches up, a batch at a time.
    void setCapacity(int capacity) { m_capacity = capacity; }

    // Newest first: the buffered entries the database did not take (id 0), then the
    // stored ones. Answers also while the database cannot be written.
    Result<QList<JournalEntry>> list(const JournalFilter &filter, int limit, int offset);
    Result<qint64> count(const JournalFilter &filter);
    Status clear();

    static constexpr qsizetype kMaxBodyBytes = 16 * 1024;

private:
    // The buffered entries `filter` takes, newest first: empty when the flush worked.
    QList<JournalEntry> unsaved(const JournalFilter &filter);

    const Database &m_db;
    StatementCache m_statements;
    int m_capacity;
    QList<JournalEntry> m_buffer;
};

// Replaces the values of secret-looking keys (secret, password, api_key, token,
// authorization, …) in a JSON body with "••••", at any depth; non-JSON bodies pass
// through unchanged. Then truncates to `maxBytes`, marking the cut.
QByteArray maskSecrets(const QByteArray &body, qsizetype maxBytes = JournalStore::kMaxBodyBytes);

// The same for a query string as sent (percent-encoded): the value of each parameter
// whose name — percent-decoded, any case — looks secret (the body's words, and key,
// token, auth, sig, …) becomes "••••"; names and every other parameter stay as sent.
QString maskQuery(const QString &query);

} // namespace sendivent

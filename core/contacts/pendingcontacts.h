#pragma once

#include "contact.h"
#include "contactstore.h"

#include <QtCore/QHash>

namespace sendivent {

// Contact rows that sends decided and the writer has not committed yet (issue 19): a
// send's recipient is written in the same transaction as its deliveries, so until
// that group is done the next send must find the row here rather than in the
// database. Each row is the whole merged contact, written by uuid, so a later send's
// row stands on its own even if the group of an earlier one fails.
//
// Only sends still waiting for their commit have rows here, a few dozen at most: the
// lookups walk them all.
class PendingContacts final
{
public:
    bool isEmpty() const { return m_rows.isEmpty(); }

    // The pending row whose identifier `column` is `value` (emails compare
    // case-insensitively), or null.
    const Contact *find(ContactStore::Column column, const QString &value) const;
    // The pending row of this contact, or null.
    const Contact *byUuid(const QString &uuid) const;
    // The uuids of the rows whose contact was not stored when a send first wrote it.
    QStringList created() const;

    // A send's piece of work will write `row`; it is what others see from now on.
    void add(const Contact &row, bool created);
    // One piece that wrote the contact `uuid` is done (committed or not).
    void release(const QString &uuid);

private:
    struct Entry
    {
        Contact row;
        bool created = false;
        int pieces = 0; // pieces of work in flight that write it
    };
    QHash<QString, Entry> m_rows; // by uuid
};

} // namespace sendivent

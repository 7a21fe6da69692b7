#include "pendingcontacts.h"

namespace sendivent {

const Contact *PendingContacts::find(ContactStore::Column column, const QString &value) const
{
    const Qt::CaseSensitivity cs = column == ContactStore::Column::Email ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const Entry &entry : m_rows) {
        if (ContactStore::valueOf(entry.row, column).compare(value, cs) == 0)
            return &entry.row;
    }
    return nullptr;
}

const Contact *PendingContacts::byUuid(const QString &uuid) const
{
    const auto it = m_rows.constFind(uuid);
    return it == m_rows.cend() ? nullptr : &it->row;
}

QStringList PendingContacts::created() const
{
    QStringList uuids;
    for (const Entry &entry : m_rows) {
        if (entry.created)
            uuids.append(entry.row.uuid);
    }
    return uuids;
}

void PendingContacts::add(const Contact &row, bool created)
{
    Entry &entry = m_rows[row.uuid];
    entry.created = entry.created || created;
    entry.row = row;
    ++entry.pieces;
}

void PendingContacts::release(const QString &uuid)
{
    const auto it = m_rows.find(uuid);
    if (it != m_rows.end() && --it->pieces == 0)
        m_rows.erase(it);
}

} // namespace sendivent

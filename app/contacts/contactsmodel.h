#pragma once

#include "widgets/pagedmodel.h"

#include <contacts/contact.h>

namespace sendivent {
class Backend;
}

namespace sendivent::app {

// The contacts of a backend, in creation order, loaded a page at a time; a search
// (the API's: email, name or phone) narrows them.
class ContactsModel final : public PagedModel<Contact>
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, PhoneColumn, ExternalIdColumn, ChannelsColumn, CreatedColumn, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1, SortRole };

    explicit ContactsModel(QObject *parent = nullptr);

    void setBackend(Backend *backend);
    void setSearch(const QString &search);
    QString search() const { return m_search; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QFuture<Result<Page>> fetch(int offset, int limit) override;
    QString keyOf(const Contact &contact) const override { return contact.uuid; }

private:
    Backend *m_backend = nullptr;
    QString m_search;
};

} // namespace sendivent::app

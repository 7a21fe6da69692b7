#pragma once

#include "widgets/pagedmodel.h"

#include <backend/backendtypes.h>

namespace sendivent {
class Backend;
}

namespace sendivent::app {

// A backend's deliveries, newest first, loaded a page at a time under a filter;
// refresh() brings in those made since at the top.
class DeliveriesModel final : public PagedModel<Delivery>
{
    Q_OBJECT
public:
    enum Column { CreatedColumn, StatusColumn, EventColumn, ChannelColumn, RecipientColumn, ProviderColumn,
                  EnvironmentColumn, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1, StatusRole };

    explicit DeliveriesModel(QObject *parent = nullptr);

    void setBackend(Backend *backend);
    // limit and offset of `filter` are the model's.
    void setFilter(const DeliveryQuery &filter);
    const DeliveryQuery &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QFuture<Result<Page>> fetch(int offset, int limit) override;
    QString keyOf(const Delivery &delivery) const override { return delivery.uuid; }

private:
    Backend *m_backend = nullptr;
    DeliveryQuery m_filter;
};

} // namespace sendivent::app

#include "deliveriesmodel.h"

#include "tracestyle.h"
#include "widgets/timeformat.h"

#include <backend/backend.h>

#include <QtCore/QLocale>
#include <QtGui/QGuiApplication>

namespace sendivent::app {

using namespace Qt::StringLiterals;

DeliveriesModel::DeliveriesModel(QObject *parent)
    : PagedModel<Delivery>(parent)
{
    TimeFormat::refreshColumn(this, CreatedColumn);
}

void DeliveriesModel::setBackend(Backend *backend)
{
    m_backend = backend;
    reload();
}

void DeliveriesModel::setFilter(const DeliveryQuery &filter)
{
    m_filter = filter;
    reload();
}

QFuture<Result<DeliveriesModel::Page>> DeliveriesModel::fetch(int offset, int limit)
{
    if (!m_backend)
        return QtFuture::makeReadyFuture(Result<Page>(Page{}));
    DeliveryQuery query = m_filter;
    query.offset = offset;
    query.limit = limit;
    return m_backend->deliveries(query).then([](const Result<DeliveryPage> &page) -> Result<Page> {
        if (!page)
            return page.error();
        return Page{page->deliveries, page->total};
    });
}

int DeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery &d = m_rows[index.row()];
    if (role == UuidRole)
        return d.uuid;
    if (role == StatusRole)
        return d.status;
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return deliveryStateIcon(d.status, QGuiApplication::palette());
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !d.error.isEmpty())
        return d.error;
    if (role == Qt::ToolTipRole && index.column() == CreatedColumn)
        return TimeFormat::iso(d.createdAt);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CreatedColumn: return TimeFormat::text(d.createdAt);
    case StatusColumn: return deliveryStateLabel(d.status);
    case EventColumn: return d.eventName;
    case ChannelColumn: return channelName(d.channel);
    case RecipientColumn: return d.recipient;
    case ProviderColumn: return d.provider;
    case EnvironmentColumn: return environmentName(d.environment);
    default: return {};
    }
}

QVariant DeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        // What sorts and why the rest does not (the Created header sorts both ways).
        if (m_backend && !m_backend->isLocal())
            return tr("The %1 API lists deliveries newest first only.").arg(m_backend->displayName());
        if (section == CreatedColumn)
            return tr("Click to sort newest or oldest first");
        return tr("Only the creation time sorts: no index orders deliveries by this column, and sorting a million "
                  "rows without one would stall the table.");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn: return tr("Created");
    case StatusColumn: return tr("Status");
    case EventColumn: return tr("Event");
    case ChannelColumn: return tr("Channel");
    case RecipientColumn: return tr("Recipient");
    case ProviderColumn: return tr("Provider");
    case EnvironmentColumn: return tr("Environment");
    default: return {};
    }
}

} // namespace sendivent::app

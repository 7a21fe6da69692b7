#include "eventlistmodel.h"

namespace sendivent::app {

void EventListModel::setEvents(QList<Event> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const Event *EventListModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events[index.row()];
    if (role == IdentifierRole)
        return e.identifier;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case IdentifierColumn: return e.identifier;
    case NameColumn: return e.name;
    case ChannelsColumn: {
        QStringList names;
        for (const Channel c : e.channels)
            names << channelName(c);
        return names.join(QStringLiteral(", "));
    }
    case LanguagesColumn: return e.languages().join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdentifierColumn: return tr("Identifier");
    case NameColumn: return tr("Name");
    case ChannelsColumn: return tr("Channels");
    case LanguagesColumn: return tr("Languages");
    default: return {};
    }
}

} // namespace sendivent::app

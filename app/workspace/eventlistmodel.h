#pragma once

#include <workspace/workspace.h>

#include <QtCore/QAbstractTableModel>

namespace sendivent::app {

// The workspace's events as a table.
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdentifierColumn, NameColumn, ChannelsColumn, LanguagesColumn, ColumnCount };
    enum Role { IdentifierRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(QList<Event> events);
    const Event *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Event> m_events;
};

} // namespace sendivent::app

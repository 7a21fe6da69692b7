#pragma once

#include <webhooks/webhookmessage.h>

#include <QtCore/QAbstractTableModel>

namespace sendivent::app {

// The attempts log: recent webhook attempts, newest first, with the message each
// belongs to (what a resend sends again).
class WebhookAttemptsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        EventColumn,
        AttemptColumn,
        StatusColumn,
        DurationColumn,
        ResponseColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, MessageIdRole };

    explicit WebhookAttemptsModel(QObject *parent = nullptr);

    // Replaces the rows; a list equal to the shown one changes nothing (it is re-read
    // every second or so).
    void setEntries(QList<WebhookAttemptEntry> entries);
    const WebhookAttemptEntry *at(int row) const;
    int rowOf(const QString &messageId, int attempt) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WebhookAttemptEntry> m_entries;
};

} // namespace sendivent::app

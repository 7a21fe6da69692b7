#pragma once

#include <remote/httpsnippet.h>
#include <storage/journalentry.h>

#include <QtCore/QAbstractTableModel>

namespace sendivent::app {

// The request journal's entries as the Server page lists them, newest first.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, DurationColumn, EnvironmentColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RequestIdRole };

    explicit JournalModel(QObject *parent = nullptr);

    void setEntries(QList<JournalEntry> entries);
    const JournalEntry *entryAt(int row) const;
    int rowOf(const QString &requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JournalEntry> m_entries;
};

// The journalled request as a curl command against `baseUrl`, to paste into a
// terminal. The key is never in it: it reads $SENDIVENT_API_KEY. The body is the
// journal's (secret-looking values masked, long bodies cut), single-quoted for a
// POSIX shell.
QString curlCommand(const JournalEntry &entry, const QString &baseUrl);
// The journalled request against `baseUrl`, for curlSnippet() and its siblings.
SnippetRequest snippetRequest(const JournalEntry &entry, const QString &baseUrl);

} // namespace sendivent::app

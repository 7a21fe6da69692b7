#include "journalmodel.h"

#include "widgets/theme.h"
#include "widgets/timeformat.h"

#include <QtCore/QLocale>
#include <QtCore/QUrl>
#include <QtGui/QBrush>
#include <QtGui/QGuiApplication>

namespace sendivent::app {

using namespace Qt::StringLiterals;

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    TimeFormat::refreshColumn(this, TimeColumn);
}

void JournalModel::setEntries(QList<JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const JournalEntry *JournalModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int JournalModel::rowOf(const QString &requestId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].requestId == requestId)
            return row;
    }
    return -1;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_entries[index.row()];
    if (role == RequestIdRole)
        return e.requestId;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case TimeColumn: return qint64(m_entries.size() - index.row()); // newest first, unsaved ones too
        case StatusColumn: return e.status;
        case DurationColumn: return e.durationUs;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case TimeColumn: return TimeFormat::text(e.createdAt, TimeFormat::Form::Clock);
        case MethodColumn: return e.method;
        case PathColumn: return e.query.isEmpty() ? e.path : e.path + u'?' + e.query;
        case StatusColumn: return e.status;
        case DurationColumn: return tr("%1 ms").arg(QLocale().toString(double(e.durationUs) / 1000.0, 'f', 1));
        case EnvironmentColumn: return e.environment;
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return TimeFormat::iso(e.createdAt);
    if (role == Qt::ToolTipRole && index.column() == PathColumn)
        return e.requestId;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        const theme::Colors colors = theme::colors(QGuiApplication::palette());
        if (e.status >= 500 || e.status == 0)
            return QBrush(colors.error);
        if (e.status >= 400)
            return QBrush(colors.error.lighter(110));
        return QBrush(colors.success);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == StatusColumn || index.column() == DurationColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case MethodColumn: return tr("Method");
    case PathColumn: return tr("Path");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case EnvironmentColumn: return tr("Environment");
    case ColumnCount: break;
    }
    return {};
}

SnippetRequest snippetRequest(const JournalEntry &entry, const QString &baseUrl)
{
    // The journal keeps the path decoded: encoded again, as a client sends it.
    QString url = baseUrl + QString::fromLatin1(QUrl::toPercentEncoding(entry.path, "/!$&()*+,;=:@-._~"));
    if (!entry.query.isEmpty())
        url += u'?' + entry.query;
    return {entry.method, url, entry.requestBody};
}

QString curlCommand(const JournalEntry &entry, const QString &baseUrl)
{
    return curlSnippet(snippetRequest(entry, baseUrl));
}

} // namespace sendivent::app

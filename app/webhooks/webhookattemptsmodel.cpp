#include "webhookattemptsmodel.h"

#include "widgets/theme.h"
#include "widgets/timeformat.h"

#include <QtCore/QLocale>
#include <QtGui/QBrush>
#include <QtGui/QGuiApplication>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

bool sameEntry(const WebhookAttemptEntry &a, const WebhookAttemptEntry &b)
{
    return a.messageId == b.messageId && a.attempt.attempt == b.attempt.attempt && a.messageState == b.messageState
        && a.attempt.status == b.attempt.status && a.attempt.durationMs == b.attempt.durationMs
        && a.attempt.error == b.attempt.error && a.attempt.responseExcerpt == b.attempt.responseExcerpt
        && a.attempt.outcome == b.attempt.outcome;
}

// One line of a response for the table; the whole excerpt is the tooltip.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    return line.size() > 160 ? line.left(159) + u'…' : line;
}

} // namespace

WebhookAttemptsModel::WebhookAttemptsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    TimeFormat::refreshColumn(this, TimeColumn);
}

void WebhookAttemptsModel::setEntries(QList<WebhookAttemptEntry> entries)
{
    if (entries.size() == m_entries.size()
        && std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(), sameEntry))
        return;
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const WebhookAttemptEntry *WebhookAttemptsModel::at(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int WebhookAttemptsModel::rowOf(const QString &messageId, int attempt) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].messageId == messageId && m_entries[row].attempt.attempt == attempt)
            return row;
    }
    return -1;
}

int WebhookAttemptsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WebhookAttemptsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookAttemptsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookAttemptEntry &e = m_entries[index.row()];
    const WebhookAttempt &a = e.attempt;
    switch (role) {
    case MessageIdRole: return e.messageId;
    case SortRole:
        switch (Column(index.column())) {
        case TimeColumn: return a.startedAt;
        case AttemptColumn: return a.attempt;
        case StatusColumn: return a.status;
        case DurationColumn: return a.durationMs;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: return TimeFormat::text(a.startedAt);
        case EventColumn: return e.eventType;
        case AttemptColumn: return a.attempt;
        case StatusColumn:
            // The console stopped (or crashed) while it waited: the endpoint may have it.
            if (a.outcome == u"interrupted"_s)
                return tr("interrupted");
            return a.status > 0 ? QString::number(a.status) : tr("no answer");
        case DurationColumn: return tr("%1 ms").arg(QLocale().toString(a.durationMs));
        case ResponseColumn: return oneLine(a.responseExcerpt);
        case ErrorColumn: return a.error;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case EventColumn:
            return e.deliveryUuid.isEmpty() ? tr("Message %1 (a test event), %2").arg(e.messageId, e.messageState)
                                            : tr("Message %1 about delivery %2, %3")
                                                  .arg(e.messageId, e.deliveryUuid, e.messageState);
        case ResponseColumn: return a.responseExcerpt;
        case ErrorColumn: return a.error;
        case TimeColumn: return QString(TimeFormat::iso(a.startedAt) + u'\n' + a.url);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn || index.column() == ErrorColumn) {
            const theme::Colors colors = theme::colors(QGuiApplication::palette());
            return QBrush(a.error.isEmpty() && a.status >= 200 && a.status < 300 ? colors.success : colors.error);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn || index.column() == AttemptColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant WebhookAttemptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case EventColumn: return tr("Event");
    case AttemptColumn: return tr("Attempt");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case ResponseColumn: return tr("Response");
    case ErrorColumn: return tr("Error");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sendivent::app

#include "webhooklistenermodel.h"

#include "widgets/theme.h"
#include "widgets/timeformat.h"

#include <base/json.h>
#include <webhooks/webhooksignature.h>

#include <QtCore/QLocale>
#include <QtGui/QBrush>
#include <QtGui/QGuiApplication>

namespace sendivent::app {

using namespace Qt::StringLiterals;

ReceivedWebhook ReceivedWebhook::inspect(const server::ListenerRequest &request, const QString &secret)
{
    ReceivedWebhook r;
    r.request = request;
    if (const auto body = parseJson(request.body); body && body->is_object()) {
        r.eventType = jsonString(*body, "event");
        if (const auto delivery = body->find("delivery"); delivery != body->end())
            r.deliveryUuid = jsonString(*delivery, "uuid");
    }
    const webhooksignature::Headers headers{QString::fromLatin1(request.header("webhook-id")),
                                            QString::fromLatin1(request.header("webhook-timestamp")),
                                            QString::fromLatin1(request.header("webhook-signature"))};
    r.messageId = headers.id;
    if (headers.id.isEmpty() && headers.timestamp.isEmpty() && headers.signature.isEmpty()) {
        r.signature = Signature::Unsigned;
    } else if (secret.isEmpty()) {
        r.signature = Signature::SecretUnknown;
    } else if (const Status verified = webhooksignature::verify(secret, headers, request.body, request.receivedAt);
               verified) {
        r.signature = Signature::Verified;
    } else {
        r.signature = Signature::Invalid;
        r.signatureDetail = verified.error().message;
    }
    return r;
}

WebhookListenerModel::WebhookListenerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    TimeFormat::refreshColumn(this, TimeColumn);
}

QString WebhookListenerModel::signatureText(ReceivedWebhook::Signature signature)
{
    switch (signature) {
    case ReceivedWebhook::Signature::Verified: return tr("Signature verified");
    case ReceivedWebhook::Signature::Invalid: return tr("Signature invalid");
    case ReceivedWebhook::Signature::Unsigned: return tr("Not signed");
    case ReceivedWebhook::Signature::SecretUnknown: return tr("Not checked: secret unknown");
    }
    return {};
}

void WebhookListenerModel::add(ReceivedWebhook received)
{
    if (m_rows.size() >= kMaxRows) {
        beginRemoveRows({}, kMaxRows - 1, int(m_rows.size()) - 1);
        m_rows.resize(kMaxRows - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(std::move(received));
    endInsertRows();
}

void WebhookListenerModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const ReceivedWebhook *WebhookListenerModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int WebhookListenerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookListenerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookListenerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedWebhook &r = m_rows[index.row()];
    switch (role) {
    case MessageIdRole: return r.messageId;
    case SignatureRole: return int(r.signature);
    case SortRole:
        switch (Column(index.column())) {
        case TimeColumn: return r.request.receivedAt;
        case StatusColumn: return r.request.status;
        case SignatureColumn: return int(r.signature);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: return TimeFormat::text(r.request.receivedAt, TimeFormat::Form::Clock);
        case EventColumn:
            return r.eventType.isEmpty()
                ? QString::fromLatin1(r.request.method + ' ' + r.request.target)
                : r.eventType;
        case DeliveryColumn: return r.deliveryUuid;
        case StatusColumn: return r.request.status;
        case SignatureColumn: return signatureText(r.signature);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SignatureColumn && !r.signatureDetail.isEmpty())
            return r.signatureDetail;
        if (index.column() == TimeColumn)
            return TimeFormat::iso(r.request.receivedAt);
        if (index.column() == EventColumn)
            return r.messageId;
        return {};
    case Qt::ForegroundRole: {
        const theme::Colors colors = theme::colors(QGuiApplication::palette());
        if (index.column() == StatusColumn)
            return QBrush(r.request.status >= 200 && r.request.status < 300 ? colors.success : colors.error);
        if (index.column() == SignatureColumn) {
            switch (r.signature) {
            case ReceivedWebhook::Signature::Verified: return QBrush(colors.success);
            case ReceivedWebhook::Signature::Invalid: return QBrush(colors.error);
            default: return QBrush(colors.muted);
            }
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant WebhookListenerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case EventColumn: return tr("Event");
    case DeliveryColumn: return tr("Delivery");
    case StatusColumn: return tr("Answered");
    case SignatureColumn: return tr("Signature");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sendivent::app

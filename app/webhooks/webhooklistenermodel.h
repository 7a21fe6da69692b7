#pragma once

#include <webhooklistener.h>

#include <QtCore/QAbstractTableModel>

namespace sendivent::app {

// One request the webhook listener got, read as a Standard Webhooks delivery.
struct ReceivedWebhook
{
    enum class Signature { Verified, Invalid, Unsigned, SecretUnknown };

    server::ListenerRequest request;
    QString eventType;    // the body's "event"; empty when the body is not a payload
    QString deliveryUuid; // the body's delivery.uuid
    QString messageId;    // the webhook-id header
    Signature signature = Signature::Unsigned;
    QString signatureDetail; // why it did not verify

    // Reads the payload and checks the signature with `secret` (empty: unknown) at
    // the time the request arrived.
    static ReceivedWebhook inspect(const server::ListenerRequest &request, const QString &secret);
};

// What the webhook listener received, newest first, with each request's signature
// verdict. Keeps the newest kMaxRows.
class WebhookListenerModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The verdicts before the long delivery uuid: at 1024 px they stay in view (issue 21).
    enum Column { TimeColumn, EventColumn, StatusColumn, SignatureColumn, DeliveryColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, MessageIdRole, SignatureRole };
    static constexpr int kMaxRows = 500;

    explicit WebhookListenerModel(QObject *parent = nullptr);

    void add(ReceivedWebhook received);
    void clear();
    const ReceivedWebhook *at(int row) const;

    static QString signatureText(ReceivedWebhook::Signature signature);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReceivedWebhook> m_rows;
};

} // namespace sendivent::app

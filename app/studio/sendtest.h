#pragma once

#include <base/channel.h>
#include <base/json.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

// What a test send came back with.
struct SendTestOutcome
{
    QString through;        // the remote API's name; empty for the local server
    bool delivered = false; // at least one delivery was created
    QString deliveryUuid; // the first delivery
    QStringList problems; // "CODE: message" per error of the answer, or the failure
};

// Sends a test message through the local server, over HTTP like any app would
// (POST /v1/send/{event}/{channel}), so the delivery, the journal and the webhooks
// see exactly what an integration test would produce; or through a remote backend.
class SendTest final : public QObject
{
    Q_OBJECT
public:
    explicit SendTest(QObject *parent = nullptr);

    void setServer(const QUrl &baseUrl, const QString &apiKey);
    bool isReady() const { return m_baseUrl.isValid() && !m_apiKey.isEmpty(); }
    bool isBusy() const { return m_reply != nullptr || m_remoteBusy; }
    QUrl baseUrl() const { return m_baseUrl; }

    // `body` is the send's JSON body ({"to", "payload", "language", "from"}).
    void send(const QString &event, Channel channel, const Json &body);
    // The same through `remote` (the sandbox or production API).
    void send(Backend *remote, const QString &event, Channel channel, const Json &body);

Q_SIGNALS:
    void finished(const sendivent::app::SendTestOutcome &outcome);

private:
    void replied();

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
    bool m_remoteBusy = false;
};

} // namespace sendivent::app

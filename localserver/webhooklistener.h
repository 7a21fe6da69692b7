#pragma once

#include "httprequestparser.h"

#include <base/result.h>

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

class QTcpServer;
class QTcpSocket;

namespace sendivent::server {

// One HTTP request as a webhook receiver got it (the request line and header lines
// exactly as received in `head`), and what it answered.
struct ListenerRequest : HttpRequest
{
    QDateTime receivedAt;
    QString peer; // "127.0.0.1:54321"
    int status = 0; // what the receiver answered
};

// A local webhook receiver, like `stripe listen`: an HTTP server on a port of this
// computer that answers every POST with 200 {"received":true} and reports each
// request it read (headers and body as received), so the console can show what an
// endpoint would get and check its signature. Other methods get 405; requests that
// cannot be read get 4xx and the connection is closed. Lives on the thread it was
// made on; nothing blocks.
class WebhookListener final : public QObject
{
    Q_OBJECT
public:
    explicit WebhookListener(QObject *parent = nullptr);
    ~WebhookListener() override;

    // Listens on `port` (0: any free one). The error names why not (a taken port).
    Status start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    // Closes the port and every open connection.
    void stop();

    bool isListening() const;
    quint16 port() const;
    // Where to send webhooks to: http://127.0.0.1:PORT/webhooks (any path is served).
    QUrl url() const;
    int openConnections() const { return int(m_connections.size()); }

Q_SIGNALS:
    void requestReceived(const sendivent::server::ListenerRequest &request);
    void listeningChanged(bool listening);

private:
    struct Connection;
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const ListenerRequest &request, const QByteArray &body, bool close);
    void drop(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QHostAddress m_address;
    QHash<QTcpSocket *, Connection *> m_connections;
    static constexpr int kIdleTimeoutMs = 60'000; // a sender that went away half-way
};

} // namespace sendivent::server

Q_DECLARE_METATYPE(sendivent::server::ListenerRequest)

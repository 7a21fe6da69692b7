#include "httpclient.h"

#include <QtCore/QBuffer>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

namespace sendivent::test {

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Json HttpReply::json() const
{
    return parseJson(body).value_or(Json());
}

HttpClient::HttpClient(QString apiKey)
    : m_apiKey(std::move(apiKey))
{
}

HttpReply HttpClient::get(const QUrl &url)
{
    return send("GET", url);
}

HttpReply HttpClient::del(const QUrl &url, const QByteArray &body)
{
    return send("DELETE", url, body, {}, body.isEmpty() ? QByteArray() : QByteArray("application/json"));
}

HttpReply HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    if (!contentType.isEmpty() && (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30'000);

    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs, bool *closedByServer)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray received;
    bool closed = false;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        received += socket.readAll();
        closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError) {
            closed = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    received += socket.readAll();
    if (closedByServer)
        *closedByServer = closed;
    return received;
}

} // namespace sendivent::test

#pragma once

#include <base/json.h>

#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>

namespace sendivent::test {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // empty when an HTTP answer arrived

    QByteArray header(QByteArrayView name) const;
    Json json() const; // the body parsed; a JSON null when it is not JSON
};

// A blocking HTTP client for tests: sends one request over QNetworkAccessManager and
// waits (running the event loop, so an in-process server keeps serving) for the answer.
class HttpClient final
{
public:
    explicit HttpClient(QString apiKey = {});

    void setApiKey(const QString &key) { m_apiKey = key; }

    HttpReply get(const QUrl &url);
    HttpReply del(const QUrl &url, const QByteArray &body = {});
    HttpReply post(const QUrl &url, const Json &body) { return send("POST", url, dumpJson(body)); }
    HttpReply put(const QUrl &url, const Json &body) { return send("PUT", url, dumpJson(body)); }
    HttpReply patch(const QUrl &url, const Json &body) { return send("PATCH", url, dumpJson(body)); }
    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {},
                   const QByteArray &contentType = "application/json");

private:
    QNetworkAccessManager m_nam;
    QString m_apiKey;
};

// Sends raw bytes over a fresh TCP connection and returns everything read until the
// server closes it or `timeoutMs` passes; `closedByServer` tells which.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs, bool *closedByServer = nullptr);

} // namespace sendivent::test
